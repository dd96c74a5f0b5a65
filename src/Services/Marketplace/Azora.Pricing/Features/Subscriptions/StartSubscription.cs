using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.Pricing.Domain;
using Azora.Pricing.Pricing;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Idempotency;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Subscriptions;

/// <summary>
/// A plan to subscribe to, the customer's country (plans are billed at their regional price there), an optional coupon,
/// and (for a service subscribing a customer) the customer.
/// </summary>
internal sealed record StartSubscriptionRequest(
    [Required] Guid? PlanId,
    [Required] string Country,
    [StringLength(Coupon.CodeMaxLength)] string? CouponCode = null,
    Guid? CustomerId = null);

/// <summary>
/// A signed-in person subscribes themselves (a pricing service may subscribe a customer it names): the first period
/// starts now and is charged at once at the plan's price for the customer's country, less the coupon's discount; the
/// coupon is redeemed in the same transaction. Under an <c>Idempotency-Key</c> the subscription is named by the key, so a
/// run repeated after a takeover answers with the subscription it started instead of starting (and charging) another.
/// </summary>
internal static class StartSubscription
{
    public static void Map(IEndpointRouteBuilder subscriptions) =>
        subscriptions.MapPost("/", HandleAsync)
            .AcceptIdempotencyKey<PricingDbContext>()
            .WithName("StartSubscription")
            .WithSummary("Subscribe to a plan; the first period starts now and is charged, less any coupon.");

    private static async Task<Results<Created<SubscriptionResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        StartSubscriptionRequest request, ClaimsPrincipal caller, HttpContext http, PricingDbContext db, CouponRedeemer coupons, TimeProvider clock, CancellationToken cancellationToken)
    {
        Guid customerId;
        if (caller.IsPricingService() && request.CustomerId is { } named)
        {
            customerId = named;
        }
        else if (caller.TryGetAccountId(out var accountId))
        {
            if (request.CustomerId is { } other && other != accountId)
            {
                return PricingProblems.Forbidden("A person subscribes only themselves.");
            }
            customerId = accountId;
        }
        else
        {
            return PricingProblems.Field("customerId", "A service names the customer it subscribes.");
        }

        var subscriptionId = http.IdempotentRequest()?.IdFor("azora-pricing.subscription");
        if (subscriptionId is { } earlierId && await StartedAsync(db, earlierId, customerId, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var country = errors.Country("country", request.Country);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PlanId, cancellationToken);
        if (plan is null)
        {
            errors.Add("planId", "No plan has this id.");
        }
        if (errors.Count > 0)
        {
            return PricingProblems.Fields(errors);
        }
        Coupon? coupon = null;
        if (request.CouponCode is not null)
        {
            (coupon, var refusal) = await coupons.FindUsableAsync(request.CouponCode, customerId, now, cancellationToken);
            refusal ??= coupon!.AppliesTo(plan!.Id) ? null : "The coupon does not apply to this plan.";
            refusal ??= coupon!.AmountOffIn(plan!.Currency) == 0 ? $"The coupon takes no amount off in {plan.Currency}." : null;
            if (refusal is not null)
            {
                return PricingProblems.Field("couponCode", refusal);
            }
        }

        var terms = await RegionalPlanTerms.ForAsync(db, plan!, country!, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var subscription = Subscription.Start(customerId, country!, terms, coupon, now, subscriptionId);
        if (coupon is not null && await coupons.RedeemAsync(coupon.Id, customerId, subscription.Id, now, cancellationToken) is { } lost)
        {
            return PricingProblems.Fields(StatusCodes.Status409Conflict, "The coupon can no longer be redeemed.", new Dictionary<string, string[]>
            {
                ["couponCode"] = [lost],
            });
        }
        db.Subscriptions.Add(subscription);
        db.SubscriptionCharges.AddRange(subscription.NewCharges);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return PricingProblems.ChangedMeanwhile();
        }
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/subscriptions/{subscription.Id}", SubscriptionResponse.From(subscription, subscription.NewCharges));
    }

    /// <summary>The customer's subscription with this id as it was started, with the charges written then; null when there is none.</summary>
    private static async Task<Created<SubscriptionResponse>?> StartedAsync(
        PricingDbContext db, Guid id, Guid customerId, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.CustomerId == customerId, cancellationToken);
        if (subscription is null)
        {
            return null;
        }
        var charges = await db.SubscriptionCharges.AsNoTracking()
            .Where(c => c.SubscriptionId == id && c.CreatedAt == subscription.CreatedAt)
            .OrderBy(c => c.Sequence)
            .ToListAsync(cancellationToken);
        return TypedResults.Created($"/api/subscriptions/{id}", SubscriptionResponse.From(subscription, charges));
    }
}
