namespace Azora.PaymentService.Domain;

/// <summary>What a client asks a transfer to be; two requests with the same id must agree on every one of these.</summary>
internal sealed record TransferTerms(
    Guid Id,
    Guid DebitAccountId,
    Guid CreditAccountId,
    long Amount,
    string Currency,
    string? Reference,
    Guid? Reverses)
{
    /// <summary>The first field (as the client spells it) whose value differs from <paramref name="other"/>'s, or null.</summary>
    public string? FirstDifferenceFrom(TransferTerms other) =>
        DebitAccountId != other.DebitAccountId ? "debitAccountId"
        : CreditAccountId != other.CreditAccountId ? "creditAccountId"
        : Amount != other.Amount ? "amount"
        : !string.Equals(Currency, other.Currency, StringComparison.Ordinal) ? "currency"
        : !string.Equals(Reference, other.Reference, StringComparison.Ordinal) ? "reference"
        : Reverses != other.Reverses ? "reverses"
        : null;
}
