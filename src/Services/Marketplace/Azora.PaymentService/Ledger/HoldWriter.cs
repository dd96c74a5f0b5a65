using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// Two-phase transfers. Placing a hold reserves the amount on the debit account with the same conditional update that
/// guards a debit; posting, voiding or expiring it first moves the hold out of <see cref="HoldState.Pending"/> with a
/// conditional update of its own (so exactly one of them wins), then releases the reservation, and posting writes the
/// transfer, all in one database transaction.
/// </summary>
internal sealed class HoldWriter(PaymentDbContext db, LedgerWriteGate gate, LedgerWriter ledger, TimeProvider clock)
{
    public async Task<HoldOutcome> PlaceAsync(TransferTerms terms, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var writer = await gate.EnterAsync(db, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PlaceOnceAsync(terms, timeout, cancellationToken);
            }
            catch (Exception exception) when (attempt < 3 && TransientConflict.Is(exception))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<HoldOutcome> PlaceOnceAsync(TransferTerms terms, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await PlaceWithinAsync(terms, timeout, cancellationToken);
        if (outcome is HoldOutcome.Done)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return outcome;
    }

    /// <summary>
    /// Places a hold inside the caller's open transaction, holding the write gate; the hold is added to the context for
    /// the caller to save. On a refusal the caller abandons the transaction.
    /// </summary>
    public async Task<HoldOutcome> PlaceWithinAsync(TransferTerms terms, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await db.Holds.AsNoTracking().SingleOrDefaultAsync(h => h.Id == terms.Id, cancellationToken) is { } earlier)
        {
            var field = terms.FirstDifferenceFrom(earlier.Terms)
                ?? (earlier.ExpiresAt - earlier.CreatedAt != timeout ? "timeoutSeconds" : null);
            return field is null
                ? new HoldOutcome.AlreadyDone(earlier, null)
                : Refuse(RefusalReason.IdReused, field, $"Hold {terms.Id} was already placed with a different {field}.");
        }
        if (await ledger.CheckAccountsAsync(terms, cancellationToken) is { } invalid)
        {
            return new HoldOutcome.Refused(invalid);
        }
        var amount = terms.Amount;
        var reserved = await db.Accounts
            .Where(a => a.Id == terms.DebitAccountId && (!a.Guarded || a.Balance - a.Reserved >= amount))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Reserved, a => a.Reserved + amount), cancellationToken);
        if (reserved != 1)
        {
            return Refuse(RefusalReason.InsufficientFunds, "amount", "The debit account cannot afford this amount.");
        }
        var hold = Hold.Place(terms, clock.GetUtcNow(), timeout);
        db.Holds.Add(hold);
        return new HoldOutcome.Done(hold, null);
    }

    /// <summary>Posts <paramref name="amount"/> (all of the hold when null) as the transfer <paramref name="transferId"/>.</summary>
    public async Task<HoldOutcome> PostAsync(Guid holdId, Guid transferId, long? amount, CancellationToken cancellationToken)
    {
        using var writer = await gate.EnterAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await PostWithinAsync(holdId, transferId, amount, cancellationToken);
        if (outcome is HoldOutcome.Refused { Refusal.Reason: not RefusalReason.HoldClosed })
        {
            return outcome;
        }
        // A hold found expired was expired here, which is worth keeping even though the post is refused.
        await ledger.CommitAnnouncedAsync(outcome is HoldOutcome.Done { Transfer: { } posted } ? [posted] : [], transaction, cancellationToken);
        return outcome is HoldOutcome.Done done
            ? done with { Hold = await db.Holds.AsNoTracking().SingleAsync(h => h.Id == holdId, cancellationToken) }
            : outcome;
    }

    /// <summary>
    /// Posts a hold inside the caller's open transaction, holding the write gate; the transfer is added to the context
    /// for the caller to save. On a refusal other than <see cref="RefusalReason.HoldClosed"/> the caller abandons the transaction.
    /// </summary>
    public async Task<HoldOutcome> PostWithinAsync(Guid holdId, Guid transferId, long? amount, CancellationToken cancellationToken)
    {
        var hold = await db.Holds.AsNoTracking().SingleOrDefaultAsync(h => h.Id == holdId, cancellationToken);
        if (hold is null)
        {
            return Refuse(RefusalReason.NotFound, "holdId", "No such hold.");
        }
        if (hold.State == HoldState.Posted && hold.TransferId == transferId)
        {
            var posted = await db.Transfers.AsNoTracking().SingleAsync(t => t.Id == transferId, cancellationToken);
            return amount is null || amount == posted.Amount
                ? new HoldOutcome.AlreadyDone(hold, posted)
                : Refuse(RefusalReason.IdReused, "amount", $"Hold {holdId} was already posted with a different amount.");
        }
        if (amount > hold.Amount)
        {
            return Refuse(RefusalReason.Invalid, "amount", $"At most the held amount, {hold.Amount}.");
        }
        if (await db.Transfers.AnyAsync(t => t.Id == transferId, cancellationToken))
        {
            return Refuse(RefusalReason.IdReused, "transferId", $"Transfer {transferId} already exists.");
        }
        if (await CloseAsync(hold, HoldState.Posted, transferId, cancellationToken) is { } closed)
        {
            return closed;
        }

        var terms = new TransferTerms(transferId, hold.DebitAccountId, hold.CreditAccountId, amount ?? hold.Amount, hold.Currency, hold.Reference, null);
        if (await ledger.ApplyAsync(terms, cancellationToken) is { } refused)
        {
            return new HoldOutcome.Refused(refused);
        }
        var transfer = Transfer.Record(terms, clock.GetUtcNow());
        db.Transfers.Add(transfer);
        return new HoldOutcome.Done(hold, transfer);
    }

    public async Task<HoldOutcome> VoidAsync(Guid holdId, CancellationToken cancellationToken)
    {
        using var writer = await gate.EnterAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await VoidWithinAsync(holdId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome is HoldOutcome.Done
            ? new HoldOutcome.Done(await db.Holds.AsNoTracking().SingleAsync(h => h.Id == holdId, cancellationToken), null)
            : outcome;
    }

    /// <summary>Voids a hold inside the caller's open transaction, holding the write gate.</summary>
    public async Task<HoldOutcome> VoidWithinAsync(Guid holdId, CancellationToken cancellationToken)
    {
        var hold = await db.Holds.AsNoTracking().SingleOrDefaultAsync(h => h.Id == holdId, cancellationToken);
        if (hold is null)
        {
            return Refuse(RefusalReason.NotFound, "holdId", "No such hold.");
        }
        if (hold.State == HoldState.Voided)
        {
            return new HoldOutcome.AlreadyDone(hold, null);
        }
        return await CloseAsync(hold, HoldState.Voided, null, cancellationToken) ?? new HoldOutcome.Done(hold, null);
    }

    /// <summary>Expires every pending hold whose time has passed; returns how many.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Holds.AsNoTracking()
            .Where(h => h.State == HoldState.Pending && h.ExpiresAt <= now)
            .OrderBy(h => h.ExpiresAt).Take(100).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var hold in due)
        {
            using var writer = await gate.EnterAsync(db, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await ReleaseAsync(hold, HoldState.Expired, null, now, cancellationToken))
            {
                expired++;
            }
            await transaction.CommitAsync(cancellationToken);
        }
        return expired;
    }

    /// <summary>
    /// Moves a pending hold to <paramref name="state"/> and releases its reservation; null when that happened. When the
    /// hold is no longer pending, or its time has passed (then it is expired here), the refusal to return.
    /// </summary>
    private async Task<HoldOutcome?> CloseAsync(Hold hold, HoldState state, Guid? transferId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (hold.HasExpiredAt(now))
        {
            await ReleaseAsync(hold, HoldState.Expired, null, now, cancellationToken);
            return Refuse(RefusalReason.HoldClosed, "holdId", "The hold has expired.");
        }
        return await ReleaseAsync(hold, state, transferId, now, cancellationToken)
            ? null
            : Refuse(RefusalReason.HoldClosed, "holdId", "The hold is no longer pending.");
    }

    private async Task<bool> ReleaseAsync(Hold hold, HoldState state, Guid? transferId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var closed = await db.Holds
            .Where(h => h.Id == hold.Id && h.State == HoldState.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(h => h.State, state)
                .SetProperty(h => h.TransferId, transferId)
                .SetProperty(h => h.ResolvedAt, now), cancellationToken);
        if (closed != 1)
        {
            return false;
        }
        var amount = hold.Amount;
        await db.Accounts.Where(a => a.Id == hold.DebitAccountId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Reserved, a => a.Reserved - amount), cancellationToken);
        return true;
    }

    private static HoldOutcome.Refused Refuse(RefusalReason reason, string field, string message) =>
        new(new TransferOutcome.Refused(reason, field, message));
}
