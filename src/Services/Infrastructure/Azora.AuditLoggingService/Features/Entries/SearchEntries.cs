using Azora.AuditLoggingService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Features.Entries;

/// <summary>Entries matching the filters, newest first (by leaf index), a page at a time.</summary>
internal static class SearchEntries
{
    public static void Map(IEndpointRouteBuilder entries) =>
        entries.MapGet("/search", HandleAsync)
            .WithName("SearchEntries")
            .WithSummary("Search by actor, action, resource and time (from inclusive, to exclusive), newest first, with cursor pagination.");

    private static async Task<Results<Ok<EntryPage>, ValidationProblem>> HandleAsync(
        string? actorId, string? actorKind, string? action, string? resourceType, string? resourceId, string? from, string? to,
        string? limit, string? cursor, AuditDbContext db, CancellationToken cancellationToken)
    {
        var query = new QueryParameters();
        var filter = EntryFilter.Read(query, actorId, actorKind, action, resourceType, resourceId, from, to);
        var size = query.Limit(limit);
        var before = query.Cursor(cursor);
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        // The leaf index orders the log and never changes, so the last index shown is a stable keyset cursor.
        var matching = filter.Apply(db.Entries.AsNoTracking());
        if (before is { } last)
        {
            matching = matching.Where(e => e.LeafIndex < last);
        }
        var rows = await matching.OrderByDescending(e => e.LeafIndex).Take(size + 1).ToListAsync(cancellationToken);
        var items = rows.Take(size).Select(EntryResponse.From).ToList();
        var next = rows.Count > size ? QueryParameters.CursorOf(items[^1].LeafIndex) : null;
        return TypedResults.Ok(new EntryPage(items, next));
    }
}
