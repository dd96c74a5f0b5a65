using Azora.AuditLoggingService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Features.Entries;

/// <summary>Entries by leaf index, <c>start</c> to <c>end</c> inclusive (as RFC 6962's get-entries), at most 100 at a time.</summary>
internal static class GetEntries
{
    public static void Map(IEndpointRouteBuilder entries) =>
        entries.MapGet("/", HandleAsync)
            .WithName("GetEntries")
            .WithSummary("Entries from leaf index start to end inclusive; at most 100 are returned, from start.");

    private static async Task<Results<Ok<EntryRange>, ValidationProblem>> HandleAsync(
        string? start, string? end, AuditDbContext db, CancellationToken cancellationToken)
    {
        var query = new QueryParameters();
        var first = query.Long("start", start, required: true);
        var last = query.Long("end", end, required: true);
        if (first is { } s && last is { } e && e < s)
        {
            query.Fail("end", "The end is at least the start.");
        }
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }
        var size = await db.Entries.LongCountAsync(cancellationToken);
        if (first >= size)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["start"] = [$"The log has {size} entries."] });
        }

        var to = Math.Min(Math.Min(last!.Value, size - 1), first!.Value + QueryParameters.MaxLimit - 1);
        var rows = await db.Entries.AsNoTracking().Where(x => x.LeafIndex >= first && x.LeafIndex <= to).OrderBy(x => x.LeafIndex)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new EntryRange(first.Value, to, rows.Select(EntryResponse.From).ToList()));
    }
}
