using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Subscriptions;

/// <summary>A customer reads their subscriptions and what each has charged; platform-admins and pricing services read any.</summary>
internal static class ReadSubscriptions
{
    public static void Map(IEndpointRouteBuilder subscriptions)
    {
        subscriptions.MapGet("/", ListAsync)
            .WithName("ListSubscriptions")
            .WithSummary("List the signed-in customer's subscriptions, oldest first, with cursor pagination.");
        subscriptions.MapGet("/{id:guid}", GetAsync)
            .WithName("GetSubscription")
            .WithSummary("Read a subscription as of now (periods that have begun are charged first).");
        subscriptions.MapGet("/{id:guid}/charges", ListChargesAsync)
            .WithName("ListSubscriptionCharges")
            .WithSummary("List everything a subscription has charged and credited, oldest first, with cursor pagination.");
    }

    private static async Task<Results<Ok<Page<SubscriptionResponse>>, ValidationProblem, ForbidHttpResult>> ListAsync(
        string? limit, string? cursor, ClaimsPrincipal caller, PricingDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var customerId))
        {
            return TypedResults.Forbid();
        }
        var errors = new FieldErrors();
        var page = CreationPageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return PricingProblems.Fields(errors);
        }
        // A subscription started under an Idempotency-Key has an id derived from the key, so the list pages by start time.
        var mine = db.Subscriptions.AsNoTracking().Where(s => s.CustomerId == customerId);
        return TypedResults.Ok(await Page<SubscriptionResponse>.ReadInCreationOrderAsync(
            mine, page, s => new CreationPosition(s.CreatedAt, s.Id), s => SubscriptionResponse.From(s, []), cancellationToken));
    }

    private static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal caller, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subscription = await SubscriptionAccess.LoadCurrentAsync(db, caller, id, clock.GetUtcNow(), cancellationToken);
        if (subscription is null)
        {
            return PricingProblems.NotFound("subscription");
        }
        return await ChangeSubscription.SaveAsync(db, subscription, cancellationToken) is { } failed
            ? failed
            : TypedResults.Ok(SubscriptionResponse.From(subscription, subscription.NewCharges));
    }

    private static async Task<Results<Ok<Page<ChargeResponse>>, ValidationProblem, ProblemHttpResult>> ListChargesAsync(
        Guid id, string? limit, string? cursor, ClaimsPrincipal caller, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var size = PageQuery.ReadLimit(limit, errors);
        var after = ChargeCursor.Read(cursor, errors);
        if (errors.Count > 0)
        {
            return PricingProblems.Fields(errors);
        }
        var subscription = await SubscriptionAccess.LoadCurrentAsync(db, caller, id, clock.GetUtcNow(), cancellationToken);
        if (subscription is null)
        {
            return PricingProblems.NotFound("subscription");
        }
        if (await ChangeSubscription.SaveAsync(db, subscription, cancellationToken) is { } failed)
        {
            return failed;
        }
        // Charges are listed in the order they were written, which a subscription numbers itself.
        var charges = await db.SubscriptionCharges.AsNoTracking()
            .Where(c => c.SubscriptionId == id && c.Sequence > after)
            .OrderBy(c => c.Sequence)
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        var shown = charges.Take(size).ToList();
        var next = charges.Count > size ? ChargeCursor.Of(shown[^1].Sequence) : null;
        return TypedResults.Ok(new Page<ChargeResponse>([.. shown.Select(ChargeResponse.From)], next));
    }
}
