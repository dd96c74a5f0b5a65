namespace Azora.PaymentService.Domain;

/// <summary>
/// Money moved from one account to another of the same currency: immutable once written. The id is the client's, so a
/// retried request finds the transfer it already made. A correction is a new transfer that <see cref="Reverses"/> this one.
/// </summary>
internal sealed class Transfer
{
    public const int ReferenceMaxLength = 200;

    /// <summary>The largest single amount, in minor units: far above any real payment, far below overflowing a balance.</summary>
    public const long MaxAmount = 1_000_000_000_000_000;

    private Transfer()
    {
    }

    public Guid Id { get; private set; }
    public Guid DebitAccountId { get; private set; }
    public Guid CreditAccountId { get; private set; }
    public long Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public string? Reference { get; private set; }
    public Guid? Reverses { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Transfer Record(TransferTerms terms, DateTimeOffset now)
    {
        if (terms.Amount is < 1 or > MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(terms), terms.Amount, $"An amount is from 1 to {MaxAmount} minor units.");
        }
        if (terms.DebitAccountId == terms.CreditAccountId)
        {
            throw new ArgumentException("A transfer moves money between two different accounts.", nameof(terms));
        }
        return Restore(terms, now);
    }

    /// <summary>A transfer as stored (read by hand-written SQL rather than by EF Core), or one just judged valid.</summary>
    public static Transfer Restore(TransferTerms terms, DateTimeOffset createdAt) => new()
    {
        Id = terms.Id,
        DebitAccountId = terms.DebitAccountId,
        CreditAccountId = terms.CreditAccountId,
        Amount = terms.Amount,
        Currency = terms.Currency,
        Reference = terms.Reference,
        Reverses = terms.Reverses,
        CreatedAt = createdAt,
    };

    public TransferTerms Terms => new(Id, DebitAccountId, CreditAccountId, Amount, Currency, Reference, Reverses);
}
