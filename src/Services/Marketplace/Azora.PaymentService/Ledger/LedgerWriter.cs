using System.Globalization;
using Azora.Contracts.Audit;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Wolverine.EntityFrameworkCore;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// Writes transfers inside a change that also writes other rows (a payment, a refund, a payout, a reward, a hold's
/// post): each transfer debits one account and credits another of the same currency in the caller's database
/// transaction, with the running balances, so that it is all there or not there at all. A guarded account's debit is a
/// conditional update (<c>balance &gt;= amount</c>) that PostgreSQL re-checks under the row lock, so concurrent debits
/// can never take it below zero. The ledger API's own transfer requests are written in groups by
/// <see cref="TransferGroupCommit"/> instead.
/// </summary>
/// <remarks>
/// Transfers are announced to the audit log (<see cref="AuditEventRecorded"/>) through the outbox in the same
/// transaction (<see cref="CommitAnnouncedAsync"/>); the audit event's id is the transfer's, so a retried write cannot
/// log it twice. Payments, refunds, payouts and rewards announce their own audit records.
/// </remarks>
internal sealed class LedgerWriter(PaymentDbContext db, TimeProvider clock, IDbContextOutbox<PaymentDbContext>? outbox = null)
{
    /// <summary>Saves and commits the caller's open transaction with an audit record of each transfer it wrote.</summary>
    public async Task CommitAnnouncedAsync(IReadOnlyList<Transfer> transfers, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        if (outbox is null || !ReferenceEquals(outbox.DbContext, db))
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return;
        }
        foreach (var transfer in transfers)
        {
            await outbox.PublishAsync(Audited(transfer));
        }
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    private static AuditEventRecorded Audited(Transfer transfer) => new(
        transfer.Id,
        new AuditActor(MoneyAudit.SourceService, AuditActorKind.System),
        transfer.Reverses is null ? "ledger.transfer" : "ledger.reversal",
        new AuditResource("transfer", transfer.Id.ToString()),
        AuditOutcome.Succeeded,
        transfer.CreatedAt,
        MoneyAudit.SourceService,
        new Dictionary<string, string>
        {
            ["amount"] = transfer.Amount.ToString(CultureInfo.InvariantCulture),
            ["currency"] = transfer.Currency,
            ["debitAccountId"] = transfer.DebitAccountId.ToString(),
            ["creditAccountId"] = transfer.CreditAccountId.ToString(),
        });

    /// <summary>
    /// Writes a linked batch inside the caller's open transaction, holding the write gate: the transfers are added to the
    /// context for the caller to save with its own changes. On a refusal the caller abandons the whole transaction.
    /// </summary>
    public async Task<TransferOutcome> WriteWithinAsync(IReadOnlyList<TransferTerms> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(t => t.Id).ToList();
        var existing = await db.Transfers.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var written = new List<Transfer>();
        var now = clock.GetUtcNow();
        foreach (var (terms, index) in batch.Select((terms, index) => (terms, index)))
        {
            if (existing.TryGetValue(terms.Id, out var earlier))
            {
                if (TransferRules.CheckSameTerms(terms, earlier) is { } reused)
                {
                    return reused.At(index, batch.Count);
                }
                continue;
            }
            if (await ApplyAsync(terms, cancellationToken) is { } refusal)
            {
                return refusal.At(index, batch.Count);
            }
            var transfer = Transfer.Record(terms, now);
            db.Transfers.Add(transfer);
            written.Add(transfer);
        }

        var all = batch.Select(t => existing.TryGetValue(t.Id, out var earlier) ? earlier : written.Single(w => w.Id == t.Id)).ToList();
        return written.Count == 0 ? new TransferOutcome.AlreadyWritten(all) : new TransferOutcome.Written(all);
    }

    /// <summary>
    /// Checks one transfer and moves its balances inside the caller's open transaction; on a refusal the caller
    /// abandons the whole transaction.
    /// </summary>
    public async Task<TransferOutcome.Refused?> ApplyAsync(TransferTerms terms, CancellationToken cancellationToken)
    {
        if (await CheckAccountsAsync(terms, cancellationToken) is { } badAccounts)
        {
            return badAccounts;
        }
        if (terms.Reverses is { } reversed && await CheckReversalAsync(terms, reversed, cancellationToken) is { } badReversal)
        {
            return badReversal;
        }
        return await MoveAsync(terms, cancellationToken);
    }

    /// <summary>Checks that both accounts exist and keep the transfer's currency.</summary>
    public async Task<TransferOutcome.Refused?> CheckAccountsAsync(TransferTerms terms, CancellationToken cancellationToken)
    {
        if (TransferRules.SameAccount(terms) is { } same)
        {
            return same;
        }
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == terms.DebitAccountId || a.Id == terms.CreditAccountId)
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return TransferRules.CheckAccounts(terms, accounts.GetValueOrDefault(terms.DebitAccountId), accounts.GetValueOrDefault(terms.CreditAccountId));
    }

    private async Task<TransferOutcome.Refused?> MoveAsync(TransferTerms terms, CancellationToken cancellationToken)
    {
        // Rows are locked in id order, so two opposite transfers never wait on each other forever.
        if (terms.CreditAccountId.CompareTo(terms.DebitAccountId) < 0)
        {
            await CreditAsync(terms, cancellationToken);
            return await DebitAsync(terms, cancellationToken);
        }
        if (await DebitAsync(terms, cancellationToken) is { } refused)
        {
            return refused;
        }
        await CreditAsync(terms, cancellationToken);
        return null;
    }

    private async Task<TransferOutcome.Refused?> DebitAsync(TransferTerms terms, CancellationToken cancellationToken)
    {
        var amount = terms.Amount;
        var debited = await db.Accounts
            .Where(a => a.Id == terms.DebitAccountId && (!a.Guarded || a.Balance - a.Reserved >= amount))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Balance, a => a.Balance - amount), cancellationToken);
        return debited == 1 ? null : TransferRules.Unaffordable;
    }

    private Task<int> CreditAsync(TransferTerms terms, CancellationToken cancellationToken)
    {
        var amount = terms.Amount;
        return db.Accounts
            .Where(a => a.Id == terms.CreditAccountId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Balance, a => a.Balance + amount), cancellationToken);
    }

    private async Task<TransferOutcome.Refused?> CheckReversalAsync(TransferTerms terms, Guid reversed, CancellationToken cancellationToken)
    {
        var original = await db.Transfers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == reversed, cancellationToken);
        var alreadyReversed = original is not null && await db.Transfers.AnyAsync(t => t.Reverses == reversed, cancellationToken);
        return TransferRules.CheckReversal(terms, original, alreadyReversed);
    }
}
