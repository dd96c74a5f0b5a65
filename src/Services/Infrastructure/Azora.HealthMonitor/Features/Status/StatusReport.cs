using Azora.HealthMonitor.Domain;
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

/// <summary>How states, severities and kinds are spelled in every response and on the status page.</summary>
internal static class StatusNames
{
    public const string Unknown = "unknown";

    public static string Of(ServiceState state) => state switch
    {
        ServiceState.Operational => "operational",
        ServiceState.Degraded => "degraded",
        _ => "down",
    };

    public static string Of(IncidentSeverity severity) => severity == IncidentSeverity.Major ? "major" : "minor";

    public static string Of(IncidentUpdateKind kind) => kind switch
    {
        IncidentUpdateKind.Opened => "opened",
        IncidentUpdateKind.Escalated => "escalated",
        IncidentUpdateKind.Downgraded => "downgraded",
        IncidentUpdateKind.MoreInstancesAffected => "more-instances-affected",
        IncidentUpdateKind.Resolved => "resolved",
        _ => "note",
    };
}
