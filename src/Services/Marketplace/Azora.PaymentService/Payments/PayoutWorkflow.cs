using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Domain.Payments;
using Azora.PaymentService.Features.Payouts;
using Azora.PaymentService.Ledger;
using Azora.PaymentService.Providers;
using Azora.PaymentService.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;

namespace Azora.PaymentService.Payments;

/// <summary>
/// Payouts from an owner's wallet to an external account. A request holds the amount on the wallet (a two-phase
/// transfer to provider clearing); after the holding period the provider pays the destination and the hold is posted;
/// before it, the owner may cancel and the hold is voided. Each step is one <see cref="MoneyChange"/>.
/// </summary>
internal sealed class PayoutWorkflow(
    PaymentDbContext db,
    LedgerWriteGate gate,
    IDbContextOutbox<PaymentDbContext> outbox,
    LedgerWriter ledger,
    HoldWriter holds,
    WebhookOutbox webhooks,
    IPaymentProvider provider,
    PlatformAccounts accounts,
    IOptions<PaymentOptions> options,
    TimeProvider clock)
{
    /// <summary>A payout's hold outlasts the holding period by this much, so it is posted long before it could expire.</summary>
    private static readonly TimeSpan HoldMargin = TimeSpan.FromDays(14);

    /// <summary>
    /// Holds <paramref name="amount"/> of the owner's wallet for a payout. With a <paramref name="payoutId"/> (the request's
    /// idempotency key's) the payout requested before under that id, if any, is the answer and nothing is held again.
    /// </summary>
    public async Task<(Payout? Payout, PaymentProblem? Problem)> RequestAsync(
        Guid ownerId, Guid? payoutId, long amount, string currency, string destination, CancellationToken cancellationToken)
    {
        if (payoutId is { } earlierId
            && await db.Payouts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == earlierId && p.OwnerId == ownerId, cancellationToken) is { } earlier)
        {
            return (earlier, null);
        }
        var wallet = await db.Accounts.AsNoTracking()
            .SingleOrDefaultAsync(a => a.OwnerId == ownerId && a.Kind == AccountKind.Wallet && a.Currency == currency, cancellationToken);
        if (wallet is null)
        {
            return (null, Unaffordable());
        }
        var clearing = await accounts.PlatformAsync(AccountKind.ProviderClearing, currency, cancellationToken);
        var now = clock.GetUtcNow();
        var holdingPeriod = options.Value.PayoutHoldingPeriod;
        var payout = Payout.Request(payoutId ?? Guid.CreateVersion7(now), ownerId, wallet.Id, amount, currency, destination, now, holdingPeriod);
        await using var change = await MoneyChange.BeginAsync(gate, outbox, ledger, webhooks, cancellationToken);
        var terms = new TransferTerms(payout.HoldId, wallet.Id, clearing, amount, currency, $"payout {payout.Id}", null);
        if (await holds.PlaceWithinAsync(terms, holdingPeriod + HoldMargin, cancellationToken) is HoldOutcome.Refused)
        {
            return (null, Unaffordable());
        }
        change.Db.Payouts.Add(payout);
        change.Announce(MoneyAudit.Moved("payout.requested", ownerId, "payout", payout.Id, amount, currency, now));
        await change.NotifyAsync(WebhookEventTypes.PayoutCreated, PayoutResponse.From(payout), cancellationToken);
        await change.CommitAsync(cancellationToken);
        return (payout, null);
    }

    public async Task<(Payout? Payout, PaymentProblem? Problem)> CancelAsync(Guid payoutId, Guid ownerId, CancellationToken cancellationToken)
    {
        await using var change = await MoneyChange.BeginAsync(gate, outbox, ledger, webhooks, cancellationToken);
        var payout = await change.Db.Payouts.SingleOrDefaultAsync(p => p.Id == payoutId && p.OwnerId == ownerId, cancellationToken);
        if (payout is null)
        {
            return (null, PaymentProblem.NotFound("payout"));
        }
        if (payout.Status != PayoutStatus.Pending)
        {
            return (null, new PaymentProblem(StatusCodes.Status409Conflict, "The payout is no longer pending.", "status",
                $"A payout that is {payout.Status.ToString().ToLowerInvariant()} cannot be canceled."));
        }
        await holds.VoidWithinAsync(payout.HoldId, cancellationToken);
        payout.Cancel();
        var now = clock.GetUtcNow();
        change.Announce(MoneyAudit.Moved("payout.canceled", ownerId, "payout", payout.Id, payout.Amount, payout.Currency, now));
        await change.NotifyAsync(WebhookEventTypes.PayoutCanceled, PayoutResponse.From(payout), cancellationToken);
        await change.CommitAsync(cancellationToken);
        return (payout, null);
    }

    /// <summary>Pays out every pending payout whose holding period has passed; returns how many.</summary>
    public async Task<int> PayDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Payouts.AsNoTracking()
            .Where(p => p.Status == PayoutStatus.Pending && p.AvailableAt <= now)
            .OrderBy(p => p.AvailableAt).Select(p => p.Id).Take(100).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await PayAsync(id, cancellationToken);
        }
        return due.Count;
    }

    private async Task PayAsync(Guid payoutId, CancellationToken cancellationToken)
    {
        await using var change = await MoneyChange.BeginAsync(gate, outbox, ledger, webhooks, cancellationToken);
        var payout = await change.Db.Payouts.SingleAsync(p => p.Id == payoutId, cancellationToken);
        if (payout.Status != PayoutStatus.Pending)
        {
            return;
        }
        if (await holds.PostWithinAsync(payout.HoldId, Guid.CreateVersion7(), null, cancellationToken) is HoldOutcome.Refused refused)
        {
            throw new InvalidOperationException($"Payout {payout.Id}'s hold could not be posted: {refused.Refusal.Message}");
        }
        // The provider call is idempotent on the payout's id, so a payout retried after a failed commit pays once.
        var providerPayoutId = await provider.PayOutAsync(payout.Destination, payout.Amount, payout.Currency, payout.Id.ToString(), cancellationToken);
        var now = clock.GetUtcNow();
        payout.Paid(providerPayoutId, now);
        change.Announce(MoneyAudit.Moved("payout.paid", null, "payout", payout.Id, payout.Amount, payout.Currency, now));
        await change.NotifyAsync(WebhookEventTypes.PayoutPaid, PayoutResponse.From(payout), cancellationToken);
        await change.CommitAsync(cancellationToken);
    }

    private static PaymentProblem Unaffordable() => new(StatusCodes.Status422UnprocessableEntity, "Insufficient funds.", "amount",
        "Your wallet in this currency does not hold this much available.");
}
