namespace Azora.Contracts.HealthMonitor;

/// <summary>
/// health-monitor opened an incident: a service failed its readiness polls several times in a row. The alert for it
/// (azora-nexus's webhooks, say). Like everything health-monitor publishes, it names no instance address and no error.
/// </summary>
/// <param name="Severity"><c>major</c> when no instance of the service is ready, <c>minor</c> when some are.</param>
/// <param name="StartedAt">The first failed poll of the run that opened it.</param>
[MessageName("health-monitor.incident-opened.v1")]
public sealed record IncidentOpened(
    Guid IncidentId,
    string ServiceId,
    string Severity,
    DateTimeOffset StartedAt,
    DateTimeOffset OpenedAt,
    int ReadyInstances,
    int Instances);

/// <summary>An open incident became major (every instance down) or minor again (some instances back).</summary>
[MessageName("health-monitor.incident-severity-changed.v1")]
public sealed record IncidentSeverityChanged(
    Guid IncidentId,
    string ServiceId,
    string Severity,
    DateTimeOffset ChangedAt,
    int ReadyInstances,
    int Instances);

/// <summary>The service passed its readiness polls again, enough times in a row to close the incident.</summary>
[MessageName("health-monitor.incident-resolved.v1")]
public sealed record IncidentResolved(
    Guid IncidentId,
    string ServiceId,
    DateTimeOffset StartedAt,
    DateTimeOffset ResolvedAt,
    double DurationSeconds);
