using Azora.PaymentService.Domain;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// What a transfer must satisfy before it moves money, judged on the accounts and transfers already read, so that the
/// one-at-a-time writer (<see cref="LedgerWriter"/>) and the group writer (<see cref="TransferGroupWriter"/>) refuse
/// the same requests with the same words.
/// </summary>
internal static class TransferRules
{
    public static readonly TransferOutcome.Refused Unaffordable =
        new(RefusalReason.InsufficientFunds, "amount", "The debit account cannot afford this amount.");

    public static TransferOutcome.Refused? SameAccount(TransferTerms terms) =>
        terms.DebitAccountId == terms.CreditAccountId
            ? Invalid("creditAccountId", "The credit account is another account than the debit account.")
            : null;

    /// <summary>Both accounts exist (null when not found) and keep the transfer's currency.</summary>
    public static TransferOutcome.Refused? CheckAccounts(TransferTerms terms, Account? debit, Account? credit)
    {
        if (SameAccount(terms) is { } same)
        {
            return same;
        }
        if (debit is null)
        {
            return Invalid("debitAccountId", "No such account.");
        }
        if (credit is null)
        {
            return Invalid("creditAccountId", "No such account.");
        }
        if (debit.Currency != terms.Currency)
        {
            return Invalid("currency", $"The debit account keeps {debit.Currency}, not {terms.Currency}.");
        }
        return credit.Currency != terms.Currency ? Invalid("currency", $"The credit account keeps {credit.Currency}, not {terms.Currency}.") : null;
    }

    /// <summary>A reversal undoes exactly its <paramref name="original"/> (null when not found), once.</summary>
    public static TransferOutcome.Refused? CheckReversal(TransferTerms terms, Transfer? original, bool alreadyReversed)
    {
        if (original is null)
        {
            return Invalid("reverses", "No such transfer.");
        }
        if (original.Reverses is not null)
        {
            return Invalid("reverses", "A reversal is not itself reversed; write a new transfer instead.");
        }
        if (alreadyReversed)
        {
            return Invalid("reverses", "That transfer has already been reversed.");
        }
        if (terms.DebitAccountId != original.CreditAccountId)
        {
            return Invalid("debitAccountId", "A reversal debits the account the original credited.");
        }
        if (terms.CreditAccountId != original.DebitAccountId)
        {
            return Invalid("creditAccountId", "A reversal credits the account the original debited.");
        }
        return terms.Amount != original.Amount ? Invalid("amount", "A reversal moves the original amount back.") : null;
    }

    /// <summary>The same id again with other terms.</summary>
    public static TransferOutcome.Refused? CheckSameTerms(TransferTerms terms, Transfer earlier) =>
        terms.FirstDifferenceFrom(earlier.Terms) is { } field
            ? new TransferOutcome.Refused(RefusalReason.IdReused, field, $"Transfer {terms.Id} was already written with a different {field}.")
            : null;

    /// <summary>A refusal of the transfer at <paramref name="index"/> of a linked batch names the field with its position.</summary>
    public static TransferOutcome.Refused At(this TransferOutcome.Refused refused, int index, int count) =>
        count == 1 ? refused : refused with { Field = $"transfers[{index}].{refused.Field}" };

    private static TransferOutcome.Refused Invalid(string field, string message) => new(RefusalReason.Invalid, field, message);
}
