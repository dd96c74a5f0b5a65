namespace Azora.HealthMonitor.Domain;

/// <summary>How a service answered its latest poll.</summary>
internal enum ServiceState
{
    /// <summary>Every instance was ready.</summary>
    Operational,

    /// <summary>Some instances were ready, some were not.</summary>
    Degraded,

    /// <summary>No instance was ready.</summary>
    Down,
}
