using Azora.HealthMonitor.Data;
using Azora.HealthMonitor.Domain;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Azora.HealthMonitor.Features.Incidents;

/// <summary>Writes a platform admin's note on an incident and its audit record in one transaction, through the outbox.</summary>
internal sealed class IncidentNotes(IDbContextOutbox<HealthMonitorDbContext> outbox, TimeProvider clock)
{
    /// <summary>
    /// The note added, or null when there is no such incident. With a <paramref name="noteId"/> (the request's idempotency
    /// key's) the author's note added before under that id, if any, is the answer and nothing is added again.
    /// </summary>
    public async Task<IncidentUpdate?> AddAsync(Guid incidentId, Guid? noteId, Guid authorId, string text, CancellationToken cancellationToken)
    {
        if (noteId is { } earlierId
            && await outbox.DbContext.IncidentUpdates.AsNoTracking().SingleOrDefaultAsync(
                u => u.Id == earlierId && u.IncidentId == incidentId && u.AuthorId == authorId && u.Kind == IncidentUpdateKind.Note,
                cancellationToken) is { } earlier)
        {
            return earlier;
        }
        var incident = await outbox.DbContext.Incidents.SingleOrDefaultAsync(i => i.Id == incidentId, cancellationToken);
        if (incident is null)
        {
            return null;
        }
        var note = incident.AddNote(authorId, text, clock.GetUtcNow(), noteId);
        await outbox.PublishAsync(NoteAudit.Added(incident, note, authorId));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return note;
    }
}
