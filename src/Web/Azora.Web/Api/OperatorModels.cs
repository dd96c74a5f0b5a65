namespace Azora.Web.Api;

/// <summary>health-monitor's view of the platform: each service's latest state and the open incidents.</summary>
public sealed record PlatformStatus(string Status, DateTimeOffset GeneratedAt, IReadOnlyList<ServiceHealth> Services, IReadOnlyList<Incident> OpenIncidents);

public sealed record ServiceHealth(string Id, string State, DateTimeOffset? LastCheckedAt, int ReadyInstances, int Instances, UptimeFigure? Uptime24h);

public sealed record UptimeFigure(string Window, int Polls, int UpPolls, double? Uptime, double Objective);

public sealed record Incident(Guid Id, string ServiceId, string Severity, DateTimeOffset StartedAt, DateTimeOffset? ResolvedAt);
