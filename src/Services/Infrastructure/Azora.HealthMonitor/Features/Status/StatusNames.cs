using Azora.HealthMonitor.Domain;

namespace Azora.HealthMonitor.Features.Status;

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
