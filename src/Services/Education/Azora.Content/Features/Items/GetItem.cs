using System.Security.Claims;
using Azora.Content.Data;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Content.Features.Items;

/// <summary>An item and its version history, for its author.</summary>
internal static class GetItem
{
    public static void Map(IEndpointRouteBuilder items) =>
        items.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetItem")
            .WithSummary("Read an item the caller authors, with every version's state.");

    private static async Task<Results<Ok<ItemResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, ContentDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var item = await ItemAccess.FindAuthoredAsync(db, caller, callerId, id, cancellationToken);
        return item is null ? ContentProblems.NoItem() : TypedResults.Ok(ItemResponse.From(item));
    }
}
