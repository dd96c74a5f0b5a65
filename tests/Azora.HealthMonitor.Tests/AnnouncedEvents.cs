using System.Collections.Concurrent;
using Azora.Contracts.Audit;
using Azora.Contracts.HealthMonitor;

namespace Azora.HealthMonitor.Tests;

/// <summary>What <see cref="IncidentEventsHandler"/> received, shared by the host that runs it.</summary>
public sealed class AnnouncedEvents
{
    public ConcurrentQueue<object> Received { get; } = new();

    public List<T> Of<T>() => [.. Received.OfType<T>()];
}

/// <summary>
/// Stands in for the services that subscribe to health-monitor's events (azora-nexus's alerts, audit-logging-service).
/// Wolverine discovers it only in the hosts that include this assembly, where it gives the events a durable local queue.
/// </summary>
public static class IncidentEventsHandler
{
    public static void Handle(IncidentOpened opened, AnnouncedEvents announced) => announced.Received.Enqueue(opened);

    public static void Handle(IncidentSeverityChanged changed, AnnouncedEvents announced) => announced.Received.Enqueue(changed);

    public static void Handle(IncidentResolved resolved, AnnouncedEvents announced) => announced.Received.Enqueue(resolved);

    public static void Handle(AuditEventRecorded recorded, AnnouncedEvents announced) => announced.Received.Enqueue(recorded);
}
