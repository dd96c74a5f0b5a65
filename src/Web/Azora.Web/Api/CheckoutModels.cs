namespace Azora.Web.Api;

/// <summary>A payment as payment-service answers it (Stripe's statuses).</summary>
public sealed record PaymentIntent(Guid Id, long Amount, string Currency, string Status, string? PaymentMethodLast4, string? LastPaymentError, PaymentNextAction? NextAction, Guid? CourseId);

public sealed record PaymentNextAction(string Type, string CompleteUrl);
