using Azora.Contracts.HealthMonitor;
using Azora.HealthMonitor.Domain;
using Azora.HealthMonitor.Features.Status;

namespace Azora.HealthMonitor.Polling;

/// <summary>The events that tell other services (azora-nexus's alerts) what happened to an incident.</summary>
internal static class IncidentAnnouncements
{
    public static IncidentOpened Opened(Incident incident, ServicePoll poll) =>
        new(incident.Id, incident.ServiceId, StatusNames.Of(incident.Severity), incident.StartedAt, incident.OpenedAt, poll.ReadyInstances, poll.Instances);

    public static IncidentSeverityChanged SeverityChanged(Incident incident, ServicePoll poll) =>
        new(incident.Id, incident.ServiceId, StatusNames.Of(incident.Severity), poll.PolledAt, poll.ReadyInstances, poll.Instances);

    public static IncidentResolved Resolved(Incident incident) =>
        new(incident.Id, incident.ServiceId, incident.StartedAt, incident.ResolvedAt!.Value, incident.DurationAt(incident.ResolvedAt.Value).TotalSeconds);
}
