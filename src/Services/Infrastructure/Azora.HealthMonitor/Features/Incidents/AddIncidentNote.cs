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

namespace Azora.HealthMonitor.Features.Incidents;

internal sealed record AddIncidentNoteRequest([Required, StringLength(IncidentUpdate.MessageMaxLength)] string Text);

/// <summary>
/// A platform admin adds a note to an incident's timeline, open or resolved (a post-mortem, say). Notes are public: the
/// status page shows them with the monitor's own updates. An <c>Idempotency-Key</c> makes a retried note count once: it
/// names the note, so a run repeated after a takeover answers with the note it added.
/// The note and its audit record commit together (<see cref="IncidentNotes"/>).
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
        HttpContext http,
        IncidentNotes notes,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var authorId))
        {
            return TypedResults.Forbid();
        }
        var noteId = http.IdempotentRequest()?.IdFor("health-monitor.incident-note");
        var note = await notes.AddAsync(id, noteId, authorId, request.Text, cancellationToken);
        return note is null
            ? HealthProblems.NoIncident()
            : TypedResults.Created($"/api/incidents/{id}", IncidentUpdateResponse.From(note));
    }
}
