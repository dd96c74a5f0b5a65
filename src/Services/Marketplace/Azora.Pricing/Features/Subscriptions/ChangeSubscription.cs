using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.Pricing.Domain;
using Azora.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Subscriptions;

internal sealed record ChangePlanRequest([Required] Guid? PlanId);

/// <summary>
/// The subscription's customer (or a platform-admin or pricing service) changes its plan or cancels it. An upgrade
/// applies now with the unused part of the period credited; a downgrade and a cancellation apply at the period's end.
/// </summary>
internal static class ChangeSubscription
{
    public static void Map(IEndpointRouteBuilder subscriptions)
    {
        subscriptions.MapPost("/{id:guid}/plan", ChangePlanAsync)
            .WithName("ChangeSubscriptionPlan")
            .WithSummary("Move to another plan of the same currency: an upgrade now with proration, a downgrade at the end of the period.");
        subscriptions.MapPost("/{id:guid}/cancel", CancelAsync)
            .WithName("CancelSubscription")
            .WithSummary("Cancel at the end of the current period; nothing more is charged.");
    }

    private static async Task<Results<Ok<SubscriptionResponse>, ValidationProblem, ProblemHttpResult>> ChangePlanAsync(
        Guid id, ChangePlanRequest request, ClaimsPrincipal caller, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var subscription = await SubscriptionAccess.LoadCurrentAsync(db, caller, id, now, cancellationToken);
        if (subscription is null)
        {
            return PricingProblems.NotFound("subscription");
        }
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PlanId, cancellationToken);
        if (plan is null)
        {
            return PricingProblems.Field("planId", "No plan has this id.");
        }
        if (plan.Currency != subscription.Currency)
        {
            return PricingProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The plan is in another currency.", new Dictionary<string, string[]>
            {
                ["planId"] = [$"The subscription is billed in {subscription.Currency}; this plan is in {plan.Currency}."],
            });
        }
        if (subscription.Status != SubscriptionStatus.Active)
        {
            // The catching up that ended it is kept all the same.
            return await SaveAsync(db, subscription, cancellationToken) ?? PricingProblems.Conflict("The subscription has ended.");
        }
        subscription.ChangePlan(await RegionalPlanTerms.ForAsync(db, plan, subscription.Country, cancellationToken), now);
        return await SaveAsync(db, subscription, cancellationToken) is { } failed ? failed : TypedResults.Ok(SubscriptionResponse.From(subscription, subscription.NewCharges));
    }

    private static async Task<Results<Ok<SubscriptionResponse>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        Guid id, ClaimsPrincipal caller, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var subscription = await SubscriptionAccess.LoadCurrentAsync(db, caller, id, now, cancellationToken);
        if (subscription is null)
        {
            return PricingProblems.NotFound("subscription");
        }
        if (subscription.Status == SubscriptionStatus.Active)
        {
            subscription.CancelAtEndOfPeriod(now);
        }
        return await SaveAsync(db, subscription, cancellationToken) is { } failed ? failed : TypedResults.Ok(SubscriptionResponse.From(subscription, subscription.NewCharges));
    }

    /// <summary>Stores the subscription and its new charges; a problem when another request changed it first.</summary>
    internal static async Task<ProblemHttpResult?> SaveAsync(PricingDbContext db, Subscription subscription, CancellationToken cancellationToken)
    {
        db.SubscriptionCharges.AddRange(subscription.NewCharges);
        return await db.TrySaveAsync(cancellationToken) ? null : PricingProblems.ChangedMeanwhile();
    }
}
