using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.HealthMonitor.Data;
using Azora.HealthMonitor.Domain;
using Azora.ServiceDefaults.Idempotency;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.HealthMonitor.Features.Incidents;

internal sealed record AddIncidentNoteRequest([Required, StringLength(IncidentUpdate.MessageMaxLength)] string Text);

/// <summary>
/// A platform admin adds a note to an incident's timeline, open or resolved (a post-mortem, say). Notes are public: the
/// status page shows them with the monitor's own updates. An <c>Idempotency-Key</c> makes a retried note count once.
/// </summary>
internal static class AddIncidentNote
{
    public static void Map(IEndpointRouteBuilder incidents) =>
        incidents.MapPost("/{id:guid}/notes", HandleAsync)
            .AcceptIdempotencyKey<HealthMonitorDbContext>()
            .WithName("AddIncidentNote")
            .WithSummary("Add a public note to an incident's timeline.");

    private static async Task<Results<Created<IncidentUpdateResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        AddIncidentNoteRequest request,
        ClaimsPrincipal caller,
        HealthMonitorDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var authorId))
        {
            return TypedResults.Forbid();
        }
        var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incident is null)
        {
            return HealthProblems.NoIncident();
        }

        var note = incident.AddNote(authorId, request.Text, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/incidents/{id}", IncidentUpdateResponse.From(note));
    }
}
