using Azora.SelfHealingOrchestrator.Data;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.SelfHealingOrchestrator.Features.Processes;

/// <summary>An instance's history, newest first: starts with their pid, exits with their code, restarts planned, crash loops.</summary>
internal static class ListProcessEvents
{
    public static void Map(IEndpointRouteBuilder processes) =>
        processes.MapGet("/{instanceId}/events", HandleAsync)
            .WithName("ListProcessEvents")
            .WithSummary("List a supervised instance's history, newest first, with cursor pagination.");

    private static async Task<Results<Ok<ProcessEventPage>, NotFound, ValidationProblem>> HandleAsync(
        string instanceId,
        string? limit,
        string? cursor,
        SelfHealingOrchestratorDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!await db.Processes.AnyAsync(p => p.InstanceId == instanceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        // Version 7 ids grow with time: ordering by id is ordering by when it happened, and the id is the cursor.
        var query = db.ProcessEvents.AsNoTracking().Where(e => e.InstanceId == instanceId);
        if (page.After is { } after)
        {
            query = query.Where(e => e.Id.CompareTo(after) < 0);
        }
        var events = await query.OrderByDescending(e => e.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var items = events.Take(page.Limit).Select(ProcessEventResponse.From).ToList();
        var next = events.Count > page.Limit ? PageQuery.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new ProcessEventPage(items, next));
    }
}
