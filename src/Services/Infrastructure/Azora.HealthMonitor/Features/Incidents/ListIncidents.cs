using Azora.HealthMonitor.Data;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.HealthMonitor.Features.Incidents;

/// <summary>Incidents, newest first, all or only the open or resolved ones, a page at a time.</summary>
internal static class ListIncidents
{
    public static void Map(IEndpointRouteBuilder incidents) =>
        incidents.MapGet("/", HandleAsync)
            .WithName("ListIncidents")
            .WithSummary("List incidents, newest first, optionally only open or resolved ones, with cursor pagination.");

    private static async Task<Results<Ok<IncidentPage>, ValidationProblem>> HandleAsync(
        string? state,
        string? limit,
        string? cursor,
        HealthMonitorDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Read(limit, cursor, errors);
        if (state is not (null or IncidentResponse.Open or IncidentResponse.Resolved))
        {
            errors["state"] = [$"Either '{IncidentResponse.Open}' or '{IncidentResponse.Resolved}'."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Incidents.AsNoTracking().Include(i => i.Updates).Include(i => i.Affected).AsSplitQuery();
        query = state switch
        {
            IncidentResponse.Open => query.Where(i => i.ResolvedAt == null),
            IncidentResponse.Resolved => query.Where(i => i.ResolvedAt != null),
            _ => query,
        };
        // Version 7 ids grow with the start of the incident, so the id orders them and serves as the keyset cursor.
        if (page.After is { } after)
        {
            query = query.Where(i => i.Id.CompareTo(after) < 0);
        }
        var incidents = await query.OrderByDescending(i => i.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var items = incidents.Take(page.Limit).Select(i => IncidentResponse.From(i, now)).ToList();
        var next = incidents.Count > page.Limit ? PageQuery.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new IncidentPage(items, next));
    }
}
