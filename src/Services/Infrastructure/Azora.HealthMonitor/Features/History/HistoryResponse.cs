using Azora.HealthMonitor.Domain;
using Azora.HealthMonitor.Uptime;

namespace Azora.HealthMonitor.Features.History;

/// <summary>
/// One page of a service's probe results between <see cref="From"/> and <see cref="To"/>, newest first, with the
/// service's uptime over every window; <see cref="NextCursor"/> asks for the page after it and is null on the last.
/// </summary>
internal sealed record HistoryPage(
    string ServiceId,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<UptimeFigure> Uptime,
    IReadOnlyList<ProbeResponse> Items,
    string? NextCursor);

/// <summary>One probe of one instance, with the internals only platform admins see: its address and its error.</summary>
internal sealed record ProbeResponse(
    Guid Id,
    string Instance,
    DateTimeOffset PolledAt,
    bool Ready,
    int? StatusCode,
    string? Error,
    double LatencyMilliseconds)
{
    public static ProbeResponse From(ProbeResult probe) =>
        new(probe.Id, probe.Instance, probe.PolledAt, probe.Ready, probe.StatusCode, probe.Error, probe.LatencyMilliseconds);
}
