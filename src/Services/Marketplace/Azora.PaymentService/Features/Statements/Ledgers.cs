using System.Linq.Expressions;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Statements;

/// <summary>Balances recomputed from the transfers, the ledger's truth.</summary>
internal static class Ledgers
{
    /// <summary>Credits minus debits of <paramref name="accountId"/> over the transfers matching <paramref name="which"/>.</summary>
    public static async Task<long> BalanceAsync(
        PaymentDbContext db, Guid accountId, Expression<Func<Transfer, bool>> which, CancellationToken cancellationToken)
    {
        var transfers = db.Transfers.AsNoTracking().Where(which);
        var credits = await transfers.Where(t => t.CreditAccountId == accountId).SumAsync(t => t.Amount, cancellationToken);
        var debits = await transfers.Where(t => t.DebitAccountId == accountId).SumAsync(t => t.Amount, cancellationToken);
        return credits - debits;
    }
}
