using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Domain.Rewards;
using Azora.PaymentService.Ledger;
using Azora.PaymentService.Payments;
using Azora.PaymentService.Webhooks;
using Azora.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;

namespace Azora.PaymentService.Rewards;

/// <summary>
/// Credits a learner's AZR wallet from the platform's AZR rewards account for one learning event, at most once per
/// source key: the grant row (unique on its key), the transfer and the audit record commit together, so a redelivered
/// event finds its grant and pays nothing. The learner's wallet row is locked first, so that two grants for the same
/// learner at once see each other's amounts against the daily cap.
/// </summary>
internal sealed class RewardGranter(
    PaymentDbContext db,
    LedgerWriteGate gate,
    IDbContextOutbox<PaymentDbContext> outbox,
    LedgerWriter ledger,
    WebhookOutbox webhooks,
    PlatformAccounts accounts,
    IOptions<RewardOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// The grant for <paramref name="sourceKey"/>, made now if there was none. <paramref name="handled"/>, the inbox
    /// mark of the message being handled, commits in the grant's transaction.
    /// </summary>
    public async Task<RewardGrant?> GrantAsync(
        string sourceKey, Guid learnerId, long earned, DateTimeOffset occurredAt, InboxMark? handled, CancellationToken cancellationToken)
    {
        if (earned <= 0)
        {
            return null;
        }
        if (await FindAsync(sourceKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        var rewards = await accounts.PlatformAsync(AccountKind.Rewards, Currencies.Azr, cancellationToken);
        var wallet = await accounts.WalletAsync(learnerId, Currencies.Azr, cancellationToken);
        try
        {
            return await GrantOnceAsync(sourceKey, learnerId, earned, occurredAt, rewards, wallet, handled, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same event, delivered twice at once, was granted by the other delivery.
            db.ChangeTracker.Clear();
            return await FindAsync(sourceKey, cancellationToken);
        }
    }

    private async Task<RewardGrant> GrantOnceAsync(
        string sourceKey, Guid learnerId, long earned, DateTimeOffset occurredAt, Guid rewards, Guid wallet, InboxMark? handled,
        CancellationToken cancellationToken)
    {
        await using var change = await MoneyChange.BeginAsync(gate, outbox, ledger, webhooks, cancellationToken);
        await change.Db.Accounts.Where(a => a.Id == wallet)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Balance, a => a.Balance), cancellationToken);
        if (await FindAsync(sourceKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        var day = DateOnly.FromDateTime(occurredAt.UtcDateTime);
        // Only paid grants count: past the cap a learner's grants pay 0, so a day has a few paid ones however many events
        // it has, and an index that ends in the amount finds just those.
        var earnedToday = await change.Db.RewardGrants.Where(g => g.LearnerId == learnerId && g.Day == day && g.Amount > 0)
            .SumAsync(g => g.Amount, cancellationToken);
        var amount = Math.Clamp(options.Value.DailyCap - earnedToday, 0, earned);
        var now = clock.GetUtcNow();
        Guid? transferId = null;
        if (amount > 0)
        {
            var terms = new TransferTerms(Guid.CreateVersion7(now), rewards, wallet, amount, Currencies.Azr, $"reward {sourceKey}", null);
            if (await change.TransferAsync([terms], cancellationToken) is { } refused)
            {
                throw new InvalidOperationException($"The reward for {sourceKey} could not be credited: {refused.Message}");
            }
            transferId = terms.Id;
            change.Announce(MoneyAudit.Moved("reward.granted", null, "reward", terms.Id, amount, Currencies.Azr, now,
                new Dictionary<string, string> { ["source"] = sourceKey, ["learnerId"] = learnerId.ToString() }));
        }
        var grant = RewardGrant.Record(sourceKey, learnerId, day, earned, amount, transferId, now);
        change.Db.RewardGrants.Add(grant);
        if (handled is not null)
        {
            await handled.WriteAsync(change.Db, cancellationToken);
        }
        await change.CommitAsync(cancellationToken);
        handled?.Committed();
        return grant;
    }

    private Task<RewardGrant?> FindAsync(string sourceKey, CancellationToken cancellationToken) =>
        db.RewardGrants.AsNoTracking().SingleOrDefaultAsync(g => g.SourceKey == sourceKey, cancellationToken);
}
