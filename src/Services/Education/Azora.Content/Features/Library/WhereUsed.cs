using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Features.Items;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Features.Library;

/// <summary>An item that includes a component, as "where used" lists it.</summary>
internal sealed record ComponentUser(Guid ItemId, string Kind, string Title, Guid OwnerId, int LatestVersion, int? PublishedVersion);

/// <summary>Which items include a library component (in their latest or published version), for the component's author.</summary>
internal static class WhereUsed
{
    public static void Map(IEndpointRouteBuilder items) =>
        items.MapGet("/{id:guid}/where-used", HandleAsync)
            .WithName("WhereUsed")
            .WithSummary("List the items whose latest or published version includes this library component.");

    private static async Task<Results<Ok<IReadOnlyList<ComponentUser>>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, ContentDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var component = await db.Items.AsNoTracking().Include(i => i.CoOwners).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (component is null || !caller.CanAuthor(callerId, component))
        {
            return ContentProblems.NoItem();
        }

        var users = await db.ComponentUsages.AsNoTracking()
            .Where(u => u.ComponentId == id)
            .Join(db.Items, u => u.ItemId, i => i.Id, (u, i) => i)
            .OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ComponentUser>>(
            [.. users.Select(i => new ComponentUser(i.Id, WireNames.Of(i.Kind), i.Title, i.OwnerId, i.LatestVersion, i.PublishedVersion))]);
    }
}
