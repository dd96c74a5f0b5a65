namespace Azora.PaymentService.Domain.Payments;

/// <summary>
/// Part or all of a succeeded payment given back: written with the reversing ledger transfers that take the amount
/// out of the seller's wallet and the platform's fee in proportion, back to provider clearing.
/// </summary>
internal sealed class Refund
{
    public const int ReasonMaxLength = 200;

    private Refund()
    {
    }

    public Guid Id { get; private set; }
    public Guid IntentId { get; private set; }
    public long Amount { get; private set; }
    public string Currency { get; private set; } = "";

    /// <summary>The part of <see cref="Amount"/> that came out of the platform fee.</summary>
    public long Fee { get; private set; }

    public string? Reason { get; private set; }
    public string ProviderRefundId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public static Refund Record(Guid id, PaymentIntent intent, long amount, long fee, string? reason, string providerRefundId, DateTimeOffset now) => new()
    {
        Id = id,
        IntentId = intent.Id,
        Amount = amount,
        Currency = intent.Currency,
        Fee = fee,
        Reason = reason,
        ProviderRefundId = providerRefundId,
        CreatedAt = now,
    };
}
