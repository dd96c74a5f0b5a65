using Azora.ServiceDefaults.Persistence;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.Content.Features.Items;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Content.Features.Tags;

internal sealed record SetTagsRequest([Required, MaxLength(ItemTag.MaxPerItem)] IReadOnlyList<string> Tags);

/// <summary>The author replaces an item's tags; tags are not versioned content, so no new version is made.</summary>
internal static class SetTags
{
    public static void Map(IEndpointRouteBuilder items) =>
        items.MapPut("/{id:guid}/tags", HandleAsync)
            .WithName("SetTags")
            .WithSummary("Replace an item's tags.");

    private static async Task<Results<Ok<ItemSummary>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id, SetTagsRequest request, ClaimsPrincipal caller, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
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
        var tags = ItemTag.Normalize(request.Tags, out var problem);
        if (tags is null)
        {
            return ContentProblems.Field("tags", problem!);
        }

        item.Retag(tags, clock.GetUtcNow());
        return await db.TrySaveAsync(cancellationToken) ? TypedResults.Ok(ItemSummary.From(item)) : ContentProblems.ChangedMeanwhile();
    }
}
