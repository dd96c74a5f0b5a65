using Azora.ServiceDefaults.Persistence;
using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Features.Items;
using Azora.Content.Features.Library;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Content.Features.Versions;

/// <summary>Rolling back copies an earlier version's content into a new draft; the history in between is kept.</summary>
internal static class RollBackVersion
{
    public static void Map(IEndpointRouteBuilder items) =>
        items.MapPost("/{id:guid}/versions/{number:int}/rollback", HandleAsync)
            .WithName("RollBackVersion")
            .WithSummary("Make an earlier version's content the new draft version.");

    private static async Task<Results<Created<VersionSummary>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id, int number, ClaimsPrincipal caller, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
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
        if (item.Version(number) is not { } earlier)
        {
            return ContentProblems.NoVersion(number);
        }

        var draft = item.RollBackTo(earlier, callerId, clock.GetUtcNow());
        await ComponentUsages.SyncAsync(db, item, cancellationToken);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return ContentProblems.ChangedMeanwhile();
        }
        return TypedResults.Created($"/api/items/{item.Id}/versions/{draft.Number}", VersionSummary.From(draft));
    }
}
