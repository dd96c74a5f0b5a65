using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// Writes a group of transfer requests (each a single transfer or a linked batch) in one database transaction, as if
/// they had come one after another in the group's order: it reads the transfers the group names, locks every account
/// the group touches in one statement (in id order, so two groups never wait on each other forever), judges each
/// request against the locked balances in memory, refusing one that does not fit without touching the others, then
/// saves the balances, the new transfers and their audit events, and commits once. On PostgreSQL the reads and the lock
/// are one round trip and the writes another, both by <see cref="TransferGroupRows"/>, untracked by EF Core.
/// </summary>
internal sealed class TransferGroupWriter(PaymentDbContext db, LedgerWriteGate gate, LedgerWriter ledger, TimeProvider clock)
{
    /// <summary>The outcome of each request, in order; throws, having stored none of them, when the group cannot commit.</summary>
    public async Task<IReadOnlyList<TransferOutcome>> WriteAsync(IReadOnlyList<IReadOnlyList<TransferTerms>> requests, CancellationToken cancellationToken)
    {
        using var writer = await gate.EnterAsync(db, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(requests, cancellationToken);
            }
            catch (Exception exception) when (attempt < 3 && TransientConflict.Is(exception))
            {
                // Another writer took one of the ids or reversals first, or PostgreSQL broke a deadlock: nothing of the
                // group was kept, so judge it again on what is there now.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<IReadOnlyList<TransferOutcome>> WriteOnceAsync(IReadOnlyList<IReadOnlyList<TransferTerms>> requests, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var transfers = requests.SelectMany(request => request).ToList();
        var postgres = db.Database.IsNpgsql();
        var (known, locked) = postgres
            ? await TransferGroupRows.ReadAsync(db, transfers, cancellationToken)
            : (await ReadTransfersAsync(transfers, cancellationToken), await LockAccountsAsync(transfers, cancellationToken));
        var accounts = new LockedAccounts(locked);
        var now = clock.GetUtcNow();
        var written = new List<Transfer>();
        var outcomes = requests.Select(request => Judge(request, known, accounts, now, written)).ToList();
        if (written.Count > 0)
        {
            if (postgres)
            {
                await TransferGroupRows.WriteAsync(db, locked.Values, written, cancellationToken);
            }
            else
            {
                db.Transfers.AddRange(written);
            }
            await ledger.CommitAnnouncedAsync(written, transaction, cancellationToken);
        }
        return outcomes;
    }

    /// <summary>
    /// One request's outcome; its new transfers are added to <paramref name="written"/>. A refused request leaves the
    /// balances and the known transfers as it found them.
    /// </summary>
    private static TransferOutcome Judge(
        IReadOnlyList<TransferTerms> request, KnownTransfers known, LockedAccounts accounts, DateTimeOffset now, List<Transfer> written)
    {
        var answer = new List<Transfer>(request.Count);
        var fresh = new List<Transfer>();
        foreach (var (terms, index) in request.Select((terms, index) => (terms, index)))
        {
            if (Take(terms, known, accounts, now, answer, fresh) is { } refused)
            {
                accounts.Undo();
                return refused.At(index, request.Count);
            }
        }
        accounts.Keep();
        fresh.ForEach(known.Add);
        written.AddRange(fresh);
        return fresh.Count == 0 ? new TransferOutcome.AlreadyWritten(answer) : new TransferOutcome.Written(answer);
    }

    private static TransferOutcome.Refused? Take(
        TransferTerms terms, KnownTransfers known, LockedAccounts accounts, DateTimeOffset now, List<Transfer> answer, List<Transfer> fresh)
    {
        if (known.Find(terms.Id) is { } earlier)
        {
            answer.Add(earlier);
            return TransferRules.CheckSameTerms(terms, earlier);
        }
        var refused = TransferRules.CheckAccounts(terms, accounts.Find(terms.DebitAccountId), accounts.Find(terms.CreditAccountId))
            ?? (terms.Reverses is { } original
                ? TransferRules.CheckReversal(terms, known.Find(original), known.IsReversed(original) || fresh.Any(t => t.Reverses == original))
                : null)
            ?? (accounts.TryBook(terms) ? null : TransferRules.Unaffordable);
        if (refused is null)
        {
            var transfer = Transfer.Record(terms, now);
            answer.Add(transfer);
            fresh.Add(transfer);
        }
        return refused;
    }

    private async Task<KnownTransfers> ReadTransfersAsync(List<TransferTerms> transfers, CancellationToken cancellationToken)
    {
        var originals = transfers.Where(t => t.Reverses is not null).Select(t => t.Reverses).Distinct().ToList();
        var ids = transfers.Select(t => t.Id).Concat(originals.Select(o => o!.Value)).ToList();
        var stored = await db.Transfers.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        var reversed = originals.Count == 0
            ? []
            : await db.Transfers.AsNoTracking().Where(t => originals.Contains(t.Reverses)).Select(t => t.Reverses!.Value).ToListAsync(cancellationToken);
        return new KnownTransfers(stored, reversed);
    }

    /// <summary>
    /// On SQLite, every account the group touches, tracked for EF Core to save: the transaction began IMMEDIATE and holds
    /// the database's one write lock already, so no other writer moves their balances in between. (On PostgreSQL
    /// <see cref="TransferGroupRows"/> locks them <c>FOR UPDATE</c> in id order and writes them back.)
    /// </summary>
    private async Task<Dictionary<Guid, Account>> LockAccountsAsync(List<TransferTerms> transfers, CancellationToken cancellationToken)
    {
        var ids = transfers.SelectMany(t => new[] { t.DebitAccountId, t.CreditAccountId }).Distinct().ToArray();
        return await db.Accounts.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }
}
