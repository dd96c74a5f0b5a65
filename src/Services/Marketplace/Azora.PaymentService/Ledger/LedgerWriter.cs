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
/// Writes transfers: each debits one account and credits another of the same currency, in one database transaction
/// with the running balances, so that a transfer is all there or not there at all. A guarded account's debit is a
/// conditional update (<c>balance &gt;= amount</c>) that PostgreSQL re-checks under the row lock, so concurrent
/// debits can never take it below zero. A batch is linked: every transfer in it is written, or none.
/// </summary>
/// <remarks>
/// Transfers written through the ledger API are announced to the audit log (<see cref="AuditEventRecorded"/>) through
/// the outbox in the same transaction; the audit event's id is the transfer's, so a retried write cannot log it twice.
/// Payments, refunds, payouts and rewards write inside their own change (<see cref="WriteWithinAsync"/>) and announce
/// their own audit records.
/// </remarks>
internal sealed class LedgerWriter(PaymentDbContext db, LedgerWriteGate gate, TimeProvider clock, IDbContextOutbox<PaymentDbContext>? outbox = null)
{
    public Task<TransferOutcome> WriteAsync(TransferTerms terms, CancellationToken cancellationToken) =>
        WriteAsync([terms], cancellationToken);

    public async Task<TransferOutcome> WriteAsync(IReadOnlyList<TransferTerms> batch, CancellationToken cancellationToken)
    {
        using var writer = await gate.EnterAsync(db, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(batch, cancellationToken);
            }
            catch (Exception exception) when (attempt < 3 && TransientConflict.Is(exception))
            {
                // Another request wrote the same id (or reversal) between our check and our insert, or PostgreSQL
                // broke a deadlock: everything was rolled back, so look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<TransferOutcome> WriteOnceAsync(IReadOnlyList<TransferTerms> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await WriteWithinAsync(batch, cancellationToken);
        if (outcome is not TransferOutcome.Written written)
        {
            return outcome;
        }
        await CommitAnnouncedAsync(written.Transfers.Where(t => db.Entry(t).State == EntityState.Added).ToList(), transaction, cancellationToken);
        return outcome;
    }

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
            var prefix = batch.Count == 1 ? "" : $"transfers[{index}].";
            if (existing.TryGetValue(terms.Id, out var earlier))
            {
                if (terms.FirstDifferenceFrom(earlier.Terms) is { } field)
                {
                    return new TransferOutcome.Refused(RefusalReason.IdReused, prefix + field,
                        $"Transfer {terms.Id} was already written with a different {field}.");
                }
                continue;
            }
            if (await ApplyAsync(terms, cancellationToken) is { } refusal)
            {
                return refusal with { Field = prefix + refusal.Field };
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
        if (terms.DebitAccountId == terms.CreditAccountId)
        {
            return Invalid("creditAccountId", "The credit account is another account than the debit account.");
        }
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == terms.DebitAccountId || a.Id == terms.CreditAccountId)
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        if (!accounts.TryGetValue(terms.DebitAccountId, out var debit))
        {
            return Invalid("debitAccountId", "No such account.");
        }
        if (!accounts.TryGetValue(terms.CreditAccountId, out var credit))
        {
            return Invalid("creditAccountId", "No such account.");
        }
        if (debit.Currency != terms.Currency)
        {
            return Invalid("currency", $"The debit account keeps {debit.Currency}, not {terms.Currency}.");
        }
        return credit.Currency != terms.Currency ? Invalid("currency", $"The credit account keeps {credit.Currency}, not {terms.Currency}.") : null;
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
        return debited == 1
            ? null
            : new TransferOutcome.Refused(RefusalReason.InsufficientFunds, "amount", "The debit account cannot afford this amount.");
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
        if (original is null)
        {
            return Invalid("reverses", "No such transfer.");
        }
        if (original.Reverses is not null)
        {
            return Invalid("reverses", "A reversal is not itself reversed; write a new transfer instead.");
        }
        if (await db.Transfers.AnyAsync(t => t.Reverses == reversed, cancellationToken))
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

    private static TransferOutcome.Refused Invalid(string field, string message) => new(RefusalReason.Invalid, field, message);
}
