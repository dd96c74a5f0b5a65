using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Domain.Rewards;
using Azora.PaymentService.Ledger;
using Azora.PaymentService.Payments;
using Azora.PaymentService.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;

namespace Azora.PaymentService.Rewards;

/// <summary>
/// Credits learners' AZR wallets from the platform's AZR rewards account for learning events, at most once per source
/// key: a group of claims (<see cref="RewardQueue"/>) commits in one transaction, each new grant with its grant row
/// (unique on its key), its transfer and its audit record, and each claim with its message's inbox mark, so a
/// redelivered event finds its grant and pays nothing. The learners' wallet rows are locked first, in id order, so that
/// grants for the same learner in two groups at once see each other's amounts against the daily cap.
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
    /// Each claim's grant, in the claims' order, made now where there was none; null for a claim that earns nothing.
    /// Nothing of the group is stored unless all of it is.
    /// </summary>
    public async Task<IReadOnlyList<RewardGrant?>> GrantAsync(IReadOnlyList<RewardClaim> claims, CancellationToken cancellationToken)
    {
        var grants = new RewardGrant?[claims.Count];
        var earlier = await FindAsync(claims.Select(c => c.SourceKey), cancellationToken);
        var due = new List<int>();
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Earns(options.Value) > 0)
            {
                grants[i] = earlier.GetValueOrDefault(claims[i].SourceKey);
                if (grants[i] is null)
                {
                    due.Add(i);
                }
            }
        }
        if (due.Count == 0)
        {
            return grants;
        }
        try
        {
            await GrantDueAsync(claims, due, grants, cancellationToken);
            return grants;
        }
        catch (DbUpdateException) when (due.Count == 1)
        {
            // The same event, delivered twice at once (to two replicas), was granted by the other delivery.
            db.ChangeTracker.Clear();
            var claim = claims[due[0]];
            grants[due[0]] = (await FindAsync([claim.SourceKey], cancellationToken)).GetValueOrDefault(claim.SourceKey);
            return grants;
        }
    }

    private async Task GrantDueAsync(IReadOnlyList<RewardClaim> claims, List<int> due, RewardGrant?[] grants, CancellationToken cancellationToken)
    {
        var rewards = await accounts.PlatformAsync(AccountKind.Rewards, Currencies.Azr, cancellationToken);
        var wallets = new Dictionary<Guid, Guid>();
        foreach (var learner in due.Select(i => claims[i].LearnerId).Distinct())
        {
            wallets[learner] = await accounts.WalletAsync(learner, Currencies.Azr, cancellationToken);
        }

        await using var change = await MoneyChange.BeginAsync(gate, outbox, ledger, webhooks, cancellationToken);
        foreach (var wallet in wallets.Values.Order())
        {
            await change.Db.Accounts.Where(a => a.Id == wallet)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Balance, a => a.Balance), cancellationToken);
        }
        var granted = await FindAsync(due.Select(i => claims[i].SourceKey), cancellationToken);
        var earnedToday = new Dictionary<(Guid Learner, DateOnly Day), long>();
        foreach (var i in due)
        {
            var claim = claims[i];
            if (!granted.TryGetValue(claim.SourceKey, out var grant))
            {
                var day = DateOnly.FromDateTime(claim.OccurredAt.UtcDateTime);
                if (!earnedToday.TryGetValue((claim.LearnerId, day), out var paid))
                {
                    // Only paid grants count: past the cap a learner's grants pay 0, so a day has a few paid ones
                    // however many events it has, and an index that ends in the amount finds just those.
                    paid = await change.Db.RewardGrants.Where(g => g.LearnerId == claim.LearnerId && g.Day == day && g.Amount > 0)
                        .SumAsync(g => g.Amount, cancellationToken);
                }
                grant = await RecordAsync(change, claim, day, paid, rewards, wallets[claim.LearnerId], cancellationToken);
                earnedToday[(claim.LearnerId, day)] = paid + grant.Amount;
                granted[claim.SourceKey] = grant;
            }
            grants[i] = grant;
            if (claim.Handled is { } handled)
            {
                await handled.WriteAsync(change.Db, cancellationToken);
            }
        }
        await change.CommitAsync(cancellationToken);
        foreach (var i in due)
        {
            claims[i].Handled?.Committed();
        }
    }

    /// <summary>A new grant of what the claim earns, cut to what is left of the learner's daily cap, with its transfer.</summary>
    private async Task<RewardGrant> RecordAsync(
        MoneyChange change, RewardClaim claim, DateOnly day, long paidToday, Guid rewards, Guid wallet, CancellationToken cancellationToken)
    {
        var earned = claim.Earns(options.Value);
        var amount = Math.Clamp(options.Value.DailyCap - paidToday, 0, earned);
        var now = clock.GetUtcNow();
        Guid? transferId = null;
        if (amount > 0)
        {
            var terms = new TransferTerms(Guid.CreateVersion7(now), rewards, wallet, amount, Currencies.Azr, $"reward {claim.SourceKey}", null);
            if (await change.TransferAsync([terms], cancellationToken) is { } refused)
            {
                throw new InvalidOperationException($"The reward for {claim.SourceKey} could not be credited: {refused.Message}");
            }
            transferId = terms.Id;
            change.Announce(MoneyAudit.Moved("reward.granted", null, "reward", terms.Id, amount, Currencies.Azr, now,
                new Dictionary<string, string> { ["source"] = claim.SourceKey, ["learnerId"] = claim.LearnerId.ToString() }));
        }
        var grant = RewardGrant.Record(claim.SourceKey, claim.LearnerId, day, earned, amount, transferId, now);
        change.Db.RewardGrants.Add(grant);
        return grant;
    }

    private async Task<Dictionary<string, RewardGrant>> FindAsync(IEnumerable<string> sourceKeys, CancellationToken cancellationToken)
    {
        var keys = sourceKeys.Distinct().ToList();
        return await db.RewardGrants.AsNoTracking().Where(g => keys.Contains(g.SourceKey)).ToDictionaryAsync(g => g.SourceKey, cancellationToken);
    }
}
