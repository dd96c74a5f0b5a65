using Azora.PaymentService.Domain;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// The accounts a group of transfer requests touches, locked for the group's transaction and tracked, at the balances
/// the group's earlier requests left them. A request's transfers are booked one after another; when one of them is
/// refused, <see cref="Undo"/> takes back the bookings of that request alone, so the next request finds the balances
/// as if the refused one had never been sent.
/// </summary>
internal sealed class LockedAccounts(IReadOnlyDictionary<Guid, Account> accounts)
{
    private readonly Stack<(Account Account, long Change)> _booked = new();

    public Account? Find(Guid id) => accounts.GetValueOrDefault(id);

    /// <summary>Books the transfer on both accounts if the debit account can afford it; false, booking nothing, if not.</summary>
    public bool TryBook(TransferTerms terms)
    {
        var debit = accounts[terms.DebitAccountId];
        if (!debit.CanAfford(terms.Amount))
        {
            return false;
        }
        Book(debit, -terms.Amount);
        Book(accounts[terms.CreditAccountId], terms.Amount);
        return true;
    }

    /// <summary>The current request was written: its bookings stay.</summary>
    public void Keep() => _booked.Clear();

    /// <summary>The current request was refused: its bookings are taken back.</summary>
    public void Undo()
    {
        while (_booked.TryPop(out var booked))
        {
            booked.Account.Book(-booked.Change);
        }
    }

    private void Book(Account account, long change)
    {
        account.Book(change);
        _booked.Push((account, change));
    }
}
