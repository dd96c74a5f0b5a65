namespace Azora.HealthMonitor.Domain;

internal enum IncidentUpdateKind
{
    Opened,
    Escalated,
    Downgraded,
    MoreInstancesAffected,
    Resolved,

    /// <summary>Written by a platform admin rather than by the monitor.</summary>
    Note,
}
