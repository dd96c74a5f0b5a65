using Azora.Contracts.Payments;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain.Payments;
using Azora.PaymentService.Features.Intents;
using Azora.PaymentService.Ledger;
using Azora.PaymentService.Providers;
using Azora.PaymentService.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Azora.PaymentService.Payments;

/// <summary>
/// Moves payment intents through their states. The provider is asked first (its calls are idempotent on keys derived
/// from the intent and its version); what it answers is then applied in one <see cref="MoneyChange"/>, which refuses
/// to save over an intent another request changed meanwhile. A capture writes the ledger transfers, the audit record,
/// the webhook and, for a course purchase, <see cref="CoursePurchased"/> in the same transaction.
/// </summary>
internal sealed class IntentWorkflow(
    PaymentDbContext db,
    LedgerWriteGate gate,
    IDbContextOutbox<PaymentDbContext> outbox,
    LedgerWriter ledger,
    WebhookOutbox webhooks,
    IPaymentProvider provider,
    IntentSettlement settlement,
    TimeProvider clock)
{
    public async Task<(PaymentIntent? Intent, PaymentProblem? Problem)> ConfirmAsync(
        Guid id, string? paymentMethod, Guid? actor, CancellationToken cancellationToken)
    {
        var intent = await db.PaymentIntents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (intent is null)
        {
            return (null, PaymentProblem.NotFound("payment intent"));
        }
        if (intent.CheckConfirm(paymentMethod) is { } refused)
        {
            return (null, PaymentProblem.From(refused));
        }
        var method = paymentMethod ?? intent.PaymentMethod!;
        if (provider.CheckPaymentMethod(method) is { } unusable)
        {
            return (null, new PaymentProblem(StatusCodes.Status400BadRequest, "The payment method cannot be used.", "paymentMethod", unusable));
        }
        var payment = await provider.AuthorizeAsync(
            new ProviderAuthorization($"{intent.Id}:confirm:{intent.Version}", intent.Amount, intent.Currency, method), cancellationToken);
        return await ApplyAsync(intent, payment, method, actor, cancellationToken);
    }

    /// <summary>The payer completed the extra action (3-D Secure) the provider asked for.</summary>
    public async Task<(PaymentIntent? Intent, PaymentProblem? Problem)> CompleteActionAsync(Guid id, Guid? actor, CancellationToken cancellationToken)
    {
        var intent = await db.PaymentIntents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (intent is null)
        {
            return (null, PaymentProblem.NotFound("payment intent"));
        }
        if (intent.CheckCompleteAction() is { } refused)
        {
            return (null, PaymentProblem.From(refused));
        }
        var payment = await provider.CompleteActionAsync(intent.ProviderPaymentId!, cancellationToken);
        return await ApplyAsync(intent, payment, null, actor, cancellationToken);
    }

    /// <summary>Asks the provider about a processing payment and applies its answer once it has one.</summary>
    public async Task<(PaymentIntent? Intent, PaymentProblem? Problem)> SettleAsync(Guid id, CancellationToken cancellationToken)
    {
        var intent = await db.PaymentIntents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (intent is null)
        {
            return (null, PaymentProblem.NotFound("payment intent"));
        }
        if (intent.CheckSettle() is { } refused)
        {
            return (null, PaymentProblem.From(refused));
        }
        var payment = await provider.RetrieveAsync(intent.ProviderPaymentId!, cancellationToken);
        return payment.Status == ProviderPaymentStatus.Processing
            ? (intent, null)
            : await ApplyAsync(intent, payment, null, null, cancellationToken);
    }

    public async Task<(PaymentIntent? Intent, PaymentProblem? Problem)> CaptureAsync(
        Guid id, long? amountToCapture, Guid? actor, CancellationToken cancellationToken)
    {
        var intent = await db.PaymentIntents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (intent is null)
        {
            return (null, PaymentProblem.NotFound("payment intent"));
        }
        var amount = amountToCapture ?? intent.Amount;
        if (intent.CheckCapture(amount) is { } refused)
        {
            return (null, PaymentProblem.From(refused));
        }
        var accounts = await settlement.AccountsForAsync(intent, cancellationToken);
        await using var change = await MoneyChange.BeginAsync(gate, outbox, ledger, webhooks, cancellationToken);
        var tracked = await TrackAsync(change, intent);
        if (tracked is null)
        {
            return (null, PaymentProblem.ChangedMeanwhile());
        }
        if (await CaptureWithinAsync(change, tracked, accounts, amount, actor, cancellationToken) is { } problem)
        {
            return (null, problem);
        }
        return await CommitAsync(change, tracked, cancellationToken);
    }

    public async Task<(PaymentIntent? Intent, PaymentProblem? Problem)> CancelAsync(Guid id, CancellationToken cancellationToken)
    {
        var intent = await db.PaymentIntents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (intent is null)
        {
            return (null, PaymentProblem.NotFound("payment intent"));
        }
        if (intent.CheckCancel() is { } refused)
        {
            return (null, PaymentProblem.From(refused));
        }
        if (intent.ProviderPaymentId is { } paymentId)
        {
            await provider.CancelAsync(paymentId, cancellationToken);
        }
        await using var change = await MoneyChange.BeginAsync(gate, outbox, ledger, webhooks, cancellationToken);
        var tracked = await TrackAsync(change, intent);
        if (tracked is null)
        {
            return (null, PaymentProblem.ChangedMeanwhile());
        }
        tracked.Cancel(clock.GetUtcNow());
        await change.NotifyAsync(WebhookEventTypes.IntentCanceled, IntentResponse.From(tracked), cancellationToken);
        return await CommitAsync(change, tracked, cancellationToken);
    }

    private async Task<(PaymentIntent? Intent, PaymentProblem? Problem)> ApplyAsync(
        PaymentIntent intent, ProviderPayment payment, string? paymentMethod, Guid? actor, CancellationToken cancellationToken)
    {
        var capturesNow = payment.Status == ProviderPaymentStatus.Authorized && intent.CaptureMethod == CaptureMethod.Automatic;
        var accounts = capturesNow ? await settlement.AccountsForAsync(intent, cancellationToken) : null;
        await using var change = await MoneyChange.BeginAsync(gate, outbox, ledger, webhooks, cancellationToken);
        var tracked = await TrackAsync(change, intent);
        if (tracked is null)
        {
            return (null, PaymentProblem.ChangedMeanwhile());
        }
        var now = clock.GetUtcNow();
        if (paymentMethod is not null)
        {
            tracked.AttachPaymentMethod(paymentMethod, now);
        }
        switch (payment.Status)
        {
            case ProviderPaymentStatus.Declined:
                tracked.Declined(payment.DeclineCode ?? "card_declined", now);
                await change.NotifyAsync(WebhookEventTypes.IntentPaymentFailed, IntentResponse.From(tracked), cancellationToken);
                break;
            case ProviderPaymentStatus.RequiresAction:
                tracked.ActionRequired(payment.Id, now);
                await change.NotifyAsync(WebhookEventTypes.IntentRequiresAction, IntentResponse.From(tracked), cancellationToken);
                break;
            case ProviderPaymentStatus.Processing:
                tracked.ProcessingAsynchronously(payment.Id, now);
                await change.NotifyAsync(WebhookEventTypes.IntentProcessing, IntentResponse.From(tracked), cancellationToken);
                break;
            default:
                tracked.Authorized(payment.Id, now);
                if (accounts is null)
                {
                    await change.NotifyAsync(WebhookEventTypes.IntentAmountCapturableUpdated, IntentResponse.From(tracked), cancellationToken);
                }
                else if (await CaptureWithinAsync(change, tracked, accounts, tracked.Amount, actor, cancellationToken) is { } problem)
                {
                    return (null, problem);
                }
                break;
        }
        return await CommitAsync(change, tracked, cancellationToken);
    }

    private async Task<PaymentProblem?> CaptureWithinAsync(
        MoneyChange change, PaymentIntent intent, SettlementAccounts accounts, long amount, Guid? actor, CancellationToken cancellationToken)
    {
        var fee = settlement.FeeOn(intent, amount);
        if (await change.TransferAsync(IntentSettlement.Capture(intent, accounts, amount, fee), cancellationToken) is { } refused)
        {
            return new PaymentProblem(StatusCodes.Status409Conflict, "The payment could not be settled.", refused.Field, refused.Message);
        }
        await provider.CaptureAsync(intent.ProviderPaymentId!, amount, cancellationToken);
        var now = clock.GetUtcNow();
        intent.Captured(amount, fee, now);
        change.Announce(MoneyAudit.Moved("payment.captured", actor, "payment-intent", intent.Id, amount, intent.Currency, now,
            new Dictionary<string, string> { ["fee"] = fee.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        if (intent.CourseId is { } courseId)
        {
            change.Announce(new CoursePurchased(intent.Id, intent.PayerId, courseId, amount, intent.Currency, now));
        }
        await change.NotifyAsync(WebhookEventTypes.IntentSucceeded, IntentResponse.From(intent), cancellationToken);
        return null;
    }

    /// <summary>The intent tracked for change, or null when another request has changed it since it was read.</summary>
    private static async Task<PaymentIntent?> TrackAsync(MoneyChange change, PaymentIntent read)
    {
        var tracked = await change.Db.PaymentIntents.SingleAsync(i => i.Id == read.Id);
        return tracked.Version == read.Version ? tracked : null;
    }

    private static async Task<(PaymentIntent? Intent, PaymentProblem? Problem)> CommitAsync(
        MoneyChange change, PaymentIntent intent, CancellationToken cancellationToken)
    {
        try
        {
            await change.CommitAsync(cancellationToken);
            return (intent, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, PaymentProblem.ChangedMeanwhile());
        }
    }
}
