using Azora.SelfHealingOrchestrator.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.SelfHealingOrchestrator.Features.Processes;

/// <summary>Every supervised instance with its pid, uptime, restarts and readiness. The list is as long as the plan (tens), so it is not paged.</summary>
internal static class ListProcesses
{
    public static void Map(IEndpointRouteBuilder processes) =>
        processes.MapGet("/", HandleAsync)
            .WithName("ListProcesses")
            .WithSummary("List every supervised process: its service, instance, pid, uptime, restarts and readiness.");

    private static async Task<Ok<List<ProcessResponse>>> HandleAsync(SelfHealingOrchestratorDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var processes = await db.Processes.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(processes
            .OrderBy(p => p.ServiceId, StringComparer.Ordinal)
            .ThenBy(p => p.InstanceId.Length)
            .ThenBy(p => p.InstanceId, StringComparer.Ordinal)
            .Select(p => ProcessResponse.From(p, now))
            .ToList());
    }
}
