namespace Azora.HealthMonitor.Polling;

/// <summary>One running copy of a service, reached at <see cref="BaseAddress"/>.</summary>
internal sealed record MonitoredInstance(string ServiceId, Uri BaseAddress);
