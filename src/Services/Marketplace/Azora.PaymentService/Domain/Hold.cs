namespace Azora.PaymentService.Domain;

/// <summary>Where a hold is in its life: pending until it is posted, voided, or expires.</summary>
internal enum HoldState
{
    Pending,
    Posted,
    Voided,
    Expired,
}

/// <summary>
/// The first phase of a two-phase transfer: funds of the debit account reserved for the credit account until the hold
/// is posted (all or part of it, as a transfer), voided, or passes <see cref="ExpiresAt"/>. While pending, its amount
/// counts against the debit account's available balance, so a guarded account cannot promise the same money twice.
/// </summary>
internal sealed class Hold
{
    public const int MaxTimeoutSeconds = 90 * 24 * 3600;

    private Hold()
    {
    }

    public Guid Id { get; private set; }
    public Guid DebitAccountId { get; private set; }
    public Guid CreditAccountId { get; private set; }
    public long Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public string? Reference { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public HoldState State { get; private set; }

    /// <summary>The transfer that posted the hold, once posted.</summary>
    public Guid? TransferId { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public static Hold Place(TransferTerms terms, DateTimeOffset now, TimeSpan timeout) => new()
    {
        Id = terms.Id,
        DebitAccountId = terms.DebitAccountId,
        CreditAccountId = terms.CreditAccountId,
        Amount = terms.Amount,
        Currency = terms.Currency,
        Reference = terms.Reference,
        CreatedAt = now,
        ExpiresAt = now + timeout,
        State = HoldState.Pending,
    };

    /// <summary>The terms of the hold as a transfer, for comparing a repeated request with the first.</summary>
    public TransferTerms Terms => new(Id, DebitAccountId, CreditAccountId, Amount, Currency, Reference, null);

    public bool HasExpiredAt(DateTimeOffset now) => State == HoldState.Pending && now >= ExpiresAt;
}
