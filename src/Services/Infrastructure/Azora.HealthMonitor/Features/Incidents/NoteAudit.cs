using Azora.Contracts.Audit;
using Azora.HealthMonitor.Domain;

namespace Azora.HealthMonitor.Features.Incidents;

/// <summary>The audit record of a platform admin's note on an incident, for audit-logging-service.</summary>
internal static class NoteAudit
{
    public const string Action = "incident.note-added";

    public static AuditEventRecorded Added(Incident incident, IncidentUpdate note, Guid authorId) =>
        new(
            note.Id,
            new AuditActor(authorId.ToString(), AuditActorKind.Account),
            Action,
            new AuditResource("incident", incident.Id.ToString()),
            AuditOutcome.Succeeded,
            note.At,
            "health-monitor",
            new Dictionary<string, string> { ["serviceId"] = incident.ServiceId });
}
