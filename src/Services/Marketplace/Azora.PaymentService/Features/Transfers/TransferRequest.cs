using Azora.PaymentService.Domain;

namespace Azora.PaymentService.Features.Transfers;

/// <summary>
/// A transfer as a client asks for it. <see cref="Id"/> is the client's own: sending the same request again returns the
/// transfer already written instead of moving the money twice. Amounts are whole minor units of the currency.
/// The fields are checked by <see cref="Check"/> rather than by annotations, so that inside a batch each error is named
/// with the transfer's position.
/// </summary>
internal sealed record TransferRequest(
    Guid? Id = null,
    Guid? DebitAccountId = null,
    Guid? CreditAccountId = null,
    long? Amount = null,
    string? Currency = null,
    string? Reference = null,
    Guid? Reverses = null)
{
    /// <summary>Adds this request's field errors (prefixed, for a batch) to <paramref name="errors"/>; the terms when there are none.</summary>
    public TransferTerms? Check(Dictionary<string, string[]> errors, string prefix = "")
    {
        var before = errors.Count;
        var required = new (string Field, object? Value)[]
        {
            ("id", Id), ("debitAccountId", DebitAccountId), ("creditAccountId", CreditAccountId), ("amount", Amount), ("currency", Currency),
        };
        foreach (var (field, _) in required.Where(r => r.Value is null))
        {
            errors[prefix + field] = ["Required."];
        }
        if (Reference is { Length: > Transfer.ReferenceMaxLength })
        {
            errors[prefix + "reference"] = [$"At most {Transfer.ReferenceMaxLength} characters."];
        }
        if (Id == Guid.Empty)
        {
            errors[prefix + "id"] = ["A transfer id is a GUID the client chooses, not the empty GUID."];
        }
        if (Amount is < 1 or > Transfer.MaxAmount)
        {
            errors[prefix + "amount"] = [$"A whole number of minor units from 1 to {Transfer.MaxAmount}."];
        }
        if (Currency is not null && !Currencies.IsKnown(Currency))
        {
            errors[prefix + "currency"] = ["An ISO 4217 currency code in capitals, such as ZAR or USD, or AZR."];
        }
        if (DebitAccountId is not null && DebitAccountId == CreditAccountId)
        {
            errors[prefix + "creditAccountId"] = ["The credit account is another account than the debit account."];
        }
        return errors.Count > before
            ? null
            : new TransferTerms(Id!.Value, DebitAccountId!.Value, CreditAccountId!.Value, Amount!.Value, Currency!, Reference, Reverses);
    }
}
