namespace Azora.HealthMonitor.Domain;

internal enum IncidentSeverity
{
    /// <summary>Some instances are not ready; the service still answers through the others.</summary>
    Minor,

    /// <summary>No instance is ready; the service is unavailable.</summary>
    Major,
}
