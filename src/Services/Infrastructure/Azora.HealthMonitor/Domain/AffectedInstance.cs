namespace Azora.HealthMonitor.Domain;

/// <summary>An instance that was not ready at some point during an incident, and when it was first seen so.</summary>
internal sealed class AffectedInstance
{
    private AffectedInstance()
    {
    }

    public Guid IncidentId { get; private set; }
    public string Instance { get; private set; } = "";
    public DateTimeOffset FirstFailedAt { get; private set; }

    public static AffectedInstance Of(Guid incidentId, string instance, DateTimeOffset at) =>
        new() { IncidentId = incidentId, Instance = instance, FirstFailedAt = at };
}
