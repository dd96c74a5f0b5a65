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

/// <summary>A plan to subscribe to, an optional coupon, and (for a service subscribing a customer) the customer.</summary>
internal sealed record StartSubscriptionRequest(
    [Required] Guid? PlanId,
    [StringLength(Coupon.CodeMaxLength)] string? CouponCode = null,
    Guid? CustomerId = null);

/// <summary>
/// A signed-in person subscribes themselves (a pricing service may subscribe a customer it names): the first period
/// starts now and is charged at once, less the coupon's discount; the coupon is redeemed in the same transaction.
/// </summary>
internal static class StartSubscription
{
    public static void Map(IEndpointRouteBuilder subscriptions) =>
        subscriptions.MapPost("/", HandleAsync)
            .AcceptIdempotencyKey<PricingDbContext>()
            .WithName("StartSubscription")
            .WithSummary("Subscribe to a plan; the first period starts now and is charged, less any coupon.");

    private static async Task<Results<Created<SubscriptionResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        StartSubscriptionRequest request, ClaimsPrincipal caller, PricingDbContext db, CouponRedeemer coupons, TimeProvider clock, CancellationToken cancellationToken)
    {
        Guid customerId;
        if (caller.IsPricingService() && request.CustomerId is { } named)
        {
            customerId = named;
        }
        else if (caller.TryGetAccountId(out var accountId) && (request.CustomerId is null || request.CustomerId == accountId))
        {
            customerId = accountId;
        }
        else
        {
            return TypedResults.Forbid();
        }

        var now = clock.GetUtcNow();
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PlanId, cancellationToken);
        if (plan is null)
        {
            return PricingProblems.Field("planId", "No plan has this id.");
        }
        Coupon? coupon = null;
        if (request.CouponCode is not null)
        {
            (coupon, var refusal) = await coupons.FindUsableAsync(request.CouponCode, customerId, now, cancellationToken);
            refusal ??= coupon!.AppliesTo(plan.Id) ? null : "The coupon does not apply to this plan.";
            refusal ??= coupon!.AmountOffIn(plan.Currency) == 0 ? $"The coupon takes no amount off in {plan.Currency}." : null;
            if (refusal is not null)
            {
                return PricingProblems.Field("couponCode", refusal);
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var subscription = Subscription.Start(customerId, plan, coupon, now);
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
}
