using Azora.HealthMonitor.Domain;
using Azora.HealthMonitor.Features.Status;

namespace Azora.HealthMonitor.Features.Incidents;

/// <summary>An incident as platform admins see it: with the addresses of the instances it affected and who wrote each note.</summary>
internal sealed record IncidentResponse(
    Guid Id,
    string ServiceId,
    string Severity,
    string State,
    DateTimeOffset StartedAt,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ResolvedAt,
    double DurationSeconds,
    IReadOnlyList<AffectedInstanceResponse> AffectedInstances,
    IReadOnlyList<IncidentUpdateResponse> Updates)
{
    public const string Open = "open";
    public const string Resolved = "resolved";

    public static IncidentResponse From(Incident incident, DateTimeOffset now) =>
        new(
            incident.Id,
            incident.ServiceId,
            StatusNames.Of(incident.Severity),
            incident.IsOpen ? Open : Resolved,
            incident.StartedAt,
            incident.OpenedAt,
            incident.ResolvedAt,
            incident.DurationAt(now).TotalSeconds,
            incident.Affected.OrderBy(a => a.FirstFailedAt).ThenBy(a => a.Instance, StringComparer.Ordinal)
                .Select(a => new AffectedInstanceResponse(a.Instance, a.FirstFailedAt)).ToList(),
            incident.Updates.OrderBy(u => u.At).ThenBy(u => u.Id).Select(IncidentUpdateResponse.From).ToList());
}

internal sealed record AffectedInstanceResponse(string Instance, DateTimeOffset FirstFailedAt);

internal sealed record IncidentUpdateResponse(Guid Id, DateTimeOffset At, string Kind, string Message, Guid? AuthorId)
{
    public static IncidentUpdateResponse From(IncidentUpdate update) =>
        new(update.Id, update.At, StatusNames.Of(update.Kind), update.Message, update.AuthorId);
}

/// <summary>One page of incidents, newest first; <see cref="NextCursor"/> asks for the page after it and is null on the last.</summary>
internal sealed record IncidentPage(IReadOnlyList<IncidentResponse> Items, string? NextCursor);
