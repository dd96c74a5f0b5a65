using Azora.HealthMonitor.Uptime;

namespace Azora.HealthMonitor.Features.Status;

/// <summary>
/// What the public sees of the platform's health: each service's latest state and uptime, and the incidents open or
/// resolved lately with their public timelines. Nothing here names an instance's address or an error's text.
/// </summary>
internal sealed record StatusReport(
    string Status,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ServiceStatus> Services,
    IReadOnlyList<PublicIncident> OpenIncidents,
    IReadOnlyList<PublicIncident> RecentIncidents);

/// <summary>A service's public status; <see cref="State"/> is <c>unknown</c> before its first poll.</summary>
internal sealed record ServiceStatus(
    string Id,
    string Purpose,
    string State,
    DateTimeOffset? LastCheckedAt,
    int ReadyInstances,
    int Instances,
    double Objective,
    UptimeFigure? Uptime24h,
    UptimeFigure? Uptime30d,
    IReadOnlyList<DailyUptime> UptimeByDay);

internal sealed record PublicIncident(
    Guid Id,
    string ServiceId,
    string Severity,
    DateTimeOffset StartedAt,
    DateTimeOffset? ResolvedAt,
    double DurationSeconds,
    IReadOnlyList<PublicIncidentUpdate> Updates);

internal sealed record PublicIncidentUpdate(DateTimeOffset At, string Kind, string Message);
