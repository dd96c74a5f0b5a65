namespace Azora.Contracts.Payments;

/// <summary>
/// A learner paid for a priced course: the payment succeeded and the money is in the ledger. azora-lms enrols the
/// learner on it, once per <see cref="OrderId"/>.
/// </summary>
[MessageName("payment-service.course-purchased.v1")]
public sealed record CoursePurchased(
    Guid OrderId,
    Guid LearnerId,
    Guid CourseId,
    long AmountMinor,
    string Currency,
    DateTimeOffset PaidAt);
