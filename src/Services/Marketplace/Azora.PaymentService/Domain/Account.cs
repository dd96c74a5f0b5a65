namespace Azora.PaymentService.Domain;

/// <summary>
/// One owner's money of one kind in one currency. <see cref="Balance"/> is a running total kept in step with the
/// transfers in the same database transaction; the transfers are the truth it can always be recomputed from.
/// A guarded account can never go negative, counting its pending holds as spent.
/// </summary>
internal sealed class Account
{
    private Account()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Currency { get; private set; } = "";
    public AccountKind Kind { get; private set; }
    public bool Guarded { get; private set; }

    /// <summary>Credits minus debits, in minor units of <see cref="Currency"/>.</summary>
    public long Balance { get; private set; }

    /// <summary>The total of this account's pending holds, which the account can no longer spend elsewhere.</summary>
    public long Reserved { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Whether a debit of <paramref name="amount"/> keeps this account at or above zero, its holds counted as spent.</summary>
    public bool CanAfford(long amount) => !Guarded || Balance - Reserved >= amount;

    /// <summary>Books a credit (positive) or a debit (negative) on the running balance; the ledger checked the debit first.</summary>
    public void Book(long change) => Balance += change;

    /// <summary>An account as stored, read by hand-written SQL rather than by EF Core.</summary>
    public static Account Restore(
        Guid id, Guid ownerId, string currency, AccountKind kind, bool guarded, long balance, long reserved, DateTimeOffset createdAt) => new()
    {
        Id = id,
        OwnerId = ownerId,
        Currency = currency,
        Kind = kind,
        Guarded = guarded,
        Balance = balance,
        Reserved = reserved,
        CreatedAt = createdAt,
    };

    public static Account Open(Guid ownerId, string currency, AccountKind kind, bool guarded, DateTimeOffset now)
    {
        if (!Currencies.IsKnown(currency))
        {
            throw new ArgumentException($"'{currency}' is not a known currency code.", nameof(currency));
        }
        return new Account
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Currency = currency,
            Kind = kind,
            Guarded = guarded,
            CreatedAt = now,
        };
    }
}
