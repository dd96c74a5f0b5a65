using Azora.HealthMonitor.Data;
using Azora.HealthMonitor.Domain;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Azora.HealthMonitor.Features.Incidents;

/// <summary>Writes a platform admin's note on an incident and its audit record in one transaction, through the outbox.</summary>
internal sealed class IncidentNotes(IDbContextOutbox<HealthMonitorDbContext> outbox, TimeProvider clock)
{
    /// <summary>The note added, or null when there is no such incident.</summary>
    public async Task<IncidentUpdate?> AddAsync(Guid incidentId, Guid authorId, string text, CancellationToken cancellationToken)
    {
        var incident = await outbox.DbContext.Incidents.SingleOrDefaultAsync(i => i.Id == incidentId, cancellationToken);
        if (incident is null)
        {
            return null;
        }
        var note = incident.AddNote(authorId, text, clock.GetUtcNow());
        await outbox.PublishAsync(NoteAudit.Added(incident, note, authorId));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return note;
    }
}
