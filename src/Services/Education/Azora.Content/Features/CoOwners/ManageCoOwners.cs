using Azora.ServiceDefaults.Persistence;
using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Features.Items;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Content.Features.CoOwners;

/// <summary>The owner adds or removes co-owners, who then author the item as the owner does; co-owners cannot do this.</summary>
internal static class ManageCoOwners
{
    public static void Map(IEndpointRouteBuilder items)
    {
        items.MapPut("/{id:guid}/co-owners/{accountId:guid}", AddAsync)
            .WithName("AddCoOwner")
            .WithSummary("Give another instructor authoring rights over the item (owner only).");
        items.MapDelete("/{id:guid}/co-owners/{accountId:guid}", RemoveAsync)
            .WithName("RemoveCoOwner")
            .WithSummary("Take a co-owner's authoring rights away (owner only).");
    }

    private static async Task<Results<Ok<ItemSummary>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> AddAsync(
        Guid id, Guid accountId, ClaimsPrincipal caller, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var item = await ItemAccess.FindAuthoredAsync(db, caller, callerId, id, cancellationToken);
        if (item is null)
        {
            return ContentProblems.NoItem();
        }
        if (!caller.CanManageCoOwners(callerId, item))
        {
            return OwnerOnly();
        }
        if (item.AddCoOwner(accountId, clock.GetUtcNow()) is { } refusal)
        {
            return ContentProblems.Field("accountId", refusal);
        }
        return await db.TrySaveAsync(cancellationToken) ? TypedResults.Ok(ItemSummary.From(item)) : ContentProblems.ChangedMeanwhile();
    }

    private static async Task<Results<Ok<ItemSummary>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> RemoveAsync(
        Guid id, Guid accountId, ClaimsPrincipal caller, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var item = await ItemAccess.FindAuthoredAsync(db, caller, callerId, id, cancellationToken);
        if (item is null)
        {
            return ContentProblems.NoItem();
        }
        if (!caller.CanManageCoOwners(callerId, item))
        {
            return OwnerOnly();
        }
        item.RemoveCoOwner(accountId, clock.GetUtcNow());
        return await db.TrySaveAsync(cancellationToken) ? TypedResults.Ok(ItemSummary.From(item)) : ContentProblems.ChangedMeanwhile();
    }

    private static ProblemHttpResult OwnerOnly() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the item's owner manages its co-owners.");
}
