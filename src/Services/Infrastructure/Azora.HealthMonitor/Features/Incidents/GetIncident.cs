using Azora.HealthMonitor.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.HealthMonitor.Features.Incidents;

/// <summary>One incident with its affected instances and its whole timeline.</summary>
internal static class GetIncident
{
    public static void Map(IEndpointRouteBuilder incidents) =>
        incidents.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetIncident")
            .WithSummary("Read one incident with the instances it affected and its timeline.");

    private static async Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        HealthMonitorDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.AsNoTracking().Include(i => i.Updates).Include(i => i.Affected).AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return incident is null ? HealthProblems.NoIncident() : TypedResults.Ok(IncidentResponse.From(incident, clock.GetUtcNow()));
    }
}
