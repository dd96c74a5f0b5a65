using Azora.AuditLoggingService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Features.TreeHeads;

/// <summary>Every signed tree head, newest first, a page at a time.</summary>
internal static class ListTreeHeads
{
    public static void Map(IEndpointRouteBuilder treeHeads) =>
        treeHeads.MapGet("/", HandleAsync)
            .WithName("ListTreeHeads")
            .WithSummary("List signed tree heads, newest first, with cursor pagination.");

    private static async Task<Results<Ok<TreeHeadPage>, ValidationProblem>> HandleAsync(
        string? limit, string? cursor, AuditDbContext db, CancellationToken cancellationToken)
    {
        var query = new QueryParameters();
        var size = query.Limit(limit);
        var after = query.IdCursor(cursor);
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        // Version 7 ids grow with the signing time, so the id of the last head shown is a stable keyset cursor.
        var heads = db.TreeHeads.AsNoTracking();
        if (after is { } last)
        {
            heads = heads.Where(h => h.Id.CompareTo(last) < 0);
        }
        var page = await heads.OrderByDescending(h => h.Id).Take(size + 1).ToListAsync(cancellationToken);
        var items = page.Take(size).Select(TreeHeadResponse.From).ToList();
        var next = page.Count > size ? QueryParameters.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new TreeHeadPage(items, next));
    }
}
