using Azora.PaymentService.Domain.Payments;

namespace Azora.PaymentService.Features.Intents;

/// <summary>A payment intent as Stripe shapes one: amounts in minor units, the status by its wire name.</summary>
internal sealed record IntentResponse(
    Guid Id,
    Guid PayerId,
    long Amount,
    string Currency,
    string Status,
    string CaptureMethod,
    string? PaymentMethodLast4,
    string? LastPaymentError,
    IntentNextAction? NextAction,
    Guid? SellerId,
    Guid? CourseId,
    string? Description,
    long AmountCaptured,
    long AmountRefunded,
    long ApplicationFee,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SucceededAt,
    DateTimeOffset? CanceledAt)
{
    public static IntentResponse From(PaymentIntent intent) => new(
        intent.Id,
        intent.PayerId,
        intent.Amount,
        intent.Currency,
        IntentStatuses.NameOf(intent.Status),
        IntentStatuses.NameOf(intent.CaptureMethod),
        intent.PaymentMethod?[^4..],
        intent.LastError,
        intent.Status == IntentStatus.RequiresAction ? new IntentNextAction("three_d_secure", $"/api/payments/intents/{intent.Id}/complete-action") : null,
        intent.SellerId,
        intent.CourseId,
        intent.Description,
        intent.AmountCaptured,
        intent.AmountRefunded,
        intent.FeeCaptured - intent.FeeRefunded,
        intent.CreatedAt,
        intent.SucceededAt,
        intent.CanceledAt);
}

/// <summary>What the payer must do before the payment can go on, and where to say it is done.</summary>
internal sealed record IntentNextAction(string Type, string CompleteUrl);
