namespace Azora.PaymentService.Webhooks;

/// <summary>The payment events an endpoint may subscribe to.</summary>
internal static class WebhookEventTypes
{
    public const string IntentSucceeded = "payment_intent.succeeded";
    public const string IntentRequiresAction = "payment_intent.requires_action";
    public const string IntentAmountCapturableUpdated = "payment_intent.amount_capturable_updated";
    public const string IntentPaymentFailed = "payment_intent.payment_failed";
    public const string IntentProcessing = "payment_intent.processing";
    public const string IntentCanceled = "payment_intent.canceled";
    public const string RefundCreated = "refund.created";
    public const string PayoutCreated = "payout.created";
    public const string PayoutPaid = "payout.paid";
    public const string PayoutCanceled = "payout.canceled";

    public static readonly IReadOnlyList<string> All =
    [
        IntentSucceeded, IntentRequiresAction, IntentAmountCapturableUpdated, IntentPaymentFailed, IntentProcessing,
        IntentCanceled, RefundCreated, PayoutCreated, PayoutPaid, PayoutCanceled,
    ];
}
