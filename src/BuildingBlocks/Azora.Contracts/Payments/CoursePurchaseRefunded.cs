namespace Azora.Contracts.Payments;

/// <summary>
/// A course purchase (<see cref="CoursePurchased"/>, the same <see cref="OrderId"/>) was refunded in full within the
/// refund window: azora-lms ends the learner's enrolment, once per <see cref="OrderId"/>.
/// </summary>
/// <param name="AmountRefundedMinor">Everything refunded on the order, in minor units of <see cref="Currency"/>.</param>
[MessageName("payment-service.course-purchase-refunded.v1")]
public sealed record CoursePurchaseRefunded(
    Guid OrderId,
    Guid LearnerId,
    Guid CourseId,
    long AmountRefundedMinor,
    string Currency,
    DateTimeOffset RefundedAt);
