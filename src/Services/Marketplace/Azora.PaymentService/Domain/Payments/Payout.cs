namespace Azora.PaymentService.Domain.Payments;

/// <summary>Where a payout is: its funds held until the holding period ends, then paid out, or canceled before.</summary>
internal enum PayoutStatus
{
    Pending,
    Paid,
    Canceled,
}

/// <summary>
/// Money an owner takes out of their wallet to an account outside Azora. Requesting it places a ledger hold on the
/// wallet (so the money cannot be spent twice); once <see cref="AvailableAt"/> passes the hold is posted to provider
/// clearing and the provider pays the destination.
/// </summary>
internal sealed class Payout
{
    public const int DestinationMaxLength = 100;

    private Payout()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid AccountId { get; private set; }
    public long Amount { get; private set; }
    public string Currency { get; private set; } = "";

    /// <summary>The external account, e.g. an IBAN or a bank account reference the provider knows.</summary>
    public string Destination { get; private set; } = "";

    public PayoutStatus Status { get; private set; }

    /// <summary>The ledger hold reserving the amount; its id is the payout's own.</summary>
    public Guid HoldId => Id;

    public string? ProviderPayoutId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset AvailableAt { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }

    public static Payout Request(Guid id, Guid ownerId, Guid accountId, long amount, string currency, string destination,
        DateTimeOffset now, TimeSpan holdingPeriod) => new()
    {
        Id = id,
        OwnerId = ownerId,
        AccountId = accountId,
        Amount = amount,
        Currency = currency,
        Destination = destination,
        Status = PayoutStatus.Pending,
        CreatedAt = now,
        AvailableAt = now + holdingPeriod,
    };

    public void Paid(string providerPayoutId, DateTimeOffset now)
    {
        Status = PayoutStatus.Paid;
        ProviderPayoutId = providerPayoutId;
        PaidAt = now;
    }

    public void Cancel() => Status = PayoutStatus.Canceled;
}
