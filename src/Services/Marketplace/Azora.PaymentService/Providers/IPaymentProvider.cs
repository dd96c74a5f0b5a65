namespace Azora.PaymentService.Providers;

/// <summary>
/// An outside payment provider as payment-service needs it: authorize a payment (which may ask for an extra action,
/// such as 3-D Secure, or settle asynchronously), capture, cancel and refund it, and pay money out to an external
/// account. A Stripe adapter maps these onto PaymentIntents (confirm, capture, cancel), Refunds and Payouts. Every
/// call that moves money carries an idempotency key, so a retried call never charges or pays twice.
/// </summary>
internal interface IPaymentProvider
{
    /// <summary>The provider's name as configured, e.g. <c>simulated</c>.</summary>
    string Name { get; }

    /// <summary>Whether <paramref name="paymentMethod"/> is one the provider can charge; a reason when not.</summary>
    string? CheckPaymentMethod(string paymentMethod);

    Task<ProviderPayment> AuthorizeAsync(ProviderAuthorization authorization, CancellationToken cancellationToken);

    /// <summary>Continues a payment whose extra action the payer has completed.</summary>
    Task<ProviderPayment> CompleteActionAsync(string paymentId, CancellationToken cancellationToken);

    /// <summary>The payment as the provider now sees it; a processing payment may have settled since.</summary>
    Task<ProviderPayment> RetrieveAsync(string paymentId, CancellationToken cancellationToken);

    Task CaptureAsync(string paymentId, long amount, CancellationToken cancellationToken);

    Task CancelAsync(string paymentId, CancellationToken cancellationToken);

    /// <summary>Refunds part of a captured payment; returns the provider's refund id.</summary>
    Task<string> RefundAsync(string paymentId, long amount, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Sends money to an external account; returns the provider's payout id.</summary>
    Task<string> PayOutAsync(string destination, long amount, string currency, string idempotencyKey, CancellationToken cancellationToken);
}

internal sealed record ProviderAuthorization(string IdempotencyKey, long Amount, string Currency, string PaymentMethod);

internal enum ProviderPaymentStatus
{
    /// <summary>The amount is authorized and can be captured.</summary>
    Authorized,

    /// <summary>The payer must complete an action (3-D Secure) before the payment can go on.</summary>
    RequiresAction,

    /// <summary>The provider is still working on it; ask again later.</summary>
    Processing,

    Declined,
}

/// <param name="DeclineCode">Why it was declined, e.g. <c>card_declined</c>.</param>
/// <param name="ActionUrl">Where the payer completes the required action.</param>
internal sealed record ProviderPayment(string Id, ProviderPaymentStatus Status, string? DeclineCode = null, string? ActionUrl = null);

/// <summary>The provider refused or failed a call; nothing was charged or paid by it.</summary>
internal sealed class PaymentProviderException(string message) : Exception(message);
