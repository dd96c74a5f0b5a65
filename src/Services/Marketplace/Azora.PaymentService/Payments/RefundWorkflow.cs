using System.Globalization;
using Azora.Contracts.Payments;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain.Payments;
using Azora.PaymentService.Features.Refunds;
using Azora.PaymentService.Ledger;
using Azora.PaymentService.Providers;
using Azora.PaymentService.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;

namespace Azora.PaymentService.Payments;

/// <summary>
/// Gives back part or all of a succeeded payment, as often as wanted up to what was captured: reversing transfers out
/// of the seller's wallet and the fee account in proportion, the provider's refund, the audit record and the webhook,
/// in one transaction. A course purchase refunded in full within the refund window also announces
/// <see cref="CoursePurchaseRefunded"/>, which ends the enrolment.
/// </summary>
internal sealed class RefundWorkflow(
    PaymentDbContext db,
    LedgerWriteGate gate,
    IDbContextOutbox<PaymentDbContext> outbox,
    LedgerWriter ledger,
    WebhookOutbox webhooks,
    IPaymentProvider provider,
    IntentSettlement settlement,
    IOptions<PaymentOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// Refunds <paramref name="requested"/> (what is left when null). With a <paramref name="refundId"/> (the request's
    /// idempotency key's) the refund made before under that id, if any, is the answer and nothing moves again.
    /// </summary>
    public async Task<(Refund? Refund, PaymentProblem? Problem)> RefundAsync(
        Guid intentId, Guid? refundId, long? requested, string? reason, Guid? actor, CancellationToken cancellationToken)
    {
        if (refundId is { } earlierId
            && await db.Refunds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == earlierId && r.IntentId == intentId, cancellationToken) is { } earlier)
        {
            return (earlier, null);
        }
        var intent = await db.PaymentIntents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == intentId, cancellationToken);
        if (intent is null)
        {
            return (null, PaymentProblem.NotFound("payment intent"));
        }
        var amount = requested ?? intent.Refundable;
        if (intent.CheckRefund(amount) is { } refused)
        {
            return (null, PaymentProblem.From(refused));
        }
        if (amount < 1)
        {
            return (null, new PaymentProblem(StatusCodes.Status409Conflict, "Nothing is left to refund.", "amount",
                "The payment has been refunded in full.", intent.Status));
        }
        var accounts = await settlement.AccountsForAsync(intent, cancellationToken);
        await using var change = await MoneyChange.BeginAsync(gate, outbox, ledger, webhooks, cancellationToken);
        var tracked = await change.Db.PaymentIntents.SingleAsync(i => i.Id == intentId, cancellationToken);
        if (tracked.Version != intent.Version)
        {
            return (null, PaymentProblem.ChangedMeanwhile());
        }
        var now = clock.GetUtcNow();
        var id = refundId ?? Guid.CreateVersion7(now);
        var fee = tracked.FeeShareOfRefund(amount);
        if (await change.TransferAsync(IntentSettlement.Refund(tracked, accounts, amount, fee, id), cancellationToken) is { } notCovered)
        {
            return (null, new PaymentProblem(StatusCodes.Status422UnprocessableEntity, "The refund cannot be covered.", "amount",
                $"The seller's wallet no longer holds enough to give this back: {notCovered.Message}"));
        }
        var providerRefundId = await provider.RefundAsync(tracked.ProviderPaymentId!, amount, id.ToString(), cancellationToken);
        tracked.Refunded(amount, fee, now);
        var refund = Refund.Record(id, tracked, amount, fee, reason, providerRefundId, now);
        change.Db.Refunds.Add(refund);
        change.Announce(MoneyAudit.Moved("payment.refunded", actor, "payment-intent", tracked.Id, amount, tracked.Currency, now,
            new Dictionary<string, string> { ["refundId"] = id.ToString(), ["fee"] = fee.ToString(CultureInfo.InvariantCulture) }));
        if (tracked is { CourseId: { } courseId, Refundable: 0 } && now - tracked.SucceededAt <= options.Value.RefundWindow)
        {
            change.Announce(new CoursePurchaseRefunded(tracked.Id, tracked.PayerId, courseId, tracked.AmountRefunded, tracked.Currency, now));
        }
        await change.NotifyAsync(WebhookEventTypes.RefundCreated, RefundResponse.From(refund), cancellationToken);
        try
        {
            await change.CommitAsync(cancellationToken);
            return (refund, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, PaymentProblem.ChangedMeanwhile());
        }
    }
}
