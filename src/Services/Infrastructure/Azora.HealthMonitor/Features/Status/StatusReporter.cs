using Azora.HealthMonitor.Data;
using Azora.HealthMonitor.Domain;
using Azora.HealthMonitor.Polling;
using Azora.HealthMonitor.Uptime;
using Microsoft.EntityFrameworkCore;

namespace Azora.HealthMonitor.Features.Status;

/// <summary>Builds the <see cref="StatusReport"/> that both <c>GET /api/status</c> and the status page show.</summary>
internal sealed class StatusReporter(
    HealthMonitorDbContext db,
    UptimeCalculator uptime,
    MonitoredServices monitored,
    HealthMonitorOptions options,
    TimeProvider clock)
{
    public const int BarDays = 30;

    /// <summary>How far back resolved incidents are still shown.</summary>
    public static readonly TimeSpan RecentIncidents = TimeSpan.FromDays(7);

    public async Task<StatusReport> BuildAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var health = await db.ServiceHealth.AsNoTracking().ToDictionaryAsync(h => h.ServiceId, cancellationToken);
        var day = await uptime.ForWindowAsync(UptimeWindow.Day, now, cancellationToken);
        var month = await uptime.ForWindowAsync(UptimeWindow.Month, now, cancellationToken);
        var bars = await uptime.ByDayAsync(BarDays, now, cancellationToken);

        var services = monitored.Services.Select(entry =>
        {
            var latest = health.GetValueOrDefault(entry.Id);
            return new ServiceStatus(
                entry.Id,
                entry.Purpose,
                latest is null ? StatusNames.Unknown : StatusNames.Of(latest.State),
                latest?.LastPolledAt,
                latest?.ReadyInstances ?? 0,
                latest?.Instances ?? 0,
                options.ObjectiveOf(entry.Id),
                day.GetValueOrDefault(entry.Id),
                month.GetValueOrDefault(entry.Id),
                bars.GetValueOrDefault(entry.Id) ?? []);
        }).ToList();

        var recentSince = now - RecentIncidents;
        var incidents = await db.Incidents.AsNoTracking().Include(i => i.Updates)
            .Where(i => i.ResolvedAt == null || i.ResolvedAt >= recentSince)
            .OrderByDescending(i => i.Id)
            .Take(50)
            .ToListAsync(cancellationToken);

        return new StatusReport(
            Overall(services),
            now,
            services,
            incidents.Where(i => i.IsOpen).Select(i => Public(i, now)).ToList(),
            incidents.Where(i => !i.IsOpen).Select(i => Public(i, now)).ToList());
    }

    private static string Overall(IReadOnlyList<ServiceStatus> services) =>
        services.Any(s => s.State == StatusNames.Of(ServiceState.Down)) ? "major-outage"
        : services.Any(s => s.State == StatusNames.Of(ServiceState.Degraded)) ? "degraded"
        : services.All(s => s.State == StatusNames.Unknown) ? StatusNames.Unknown
        : "operational";

    private static PublicIncident Public(Incident incident, DateTimeOffset now) =>
        new(
            incident.Id,
            incident.ServiceId,
            StatusNames.Of(incident.Severity),
            incident.StartedAt,
            incident.ResolvedAt,
            incident.DurationAt(now).TotalSeconds,
            incident.Updates.OrderBy(u => u.At).ThenBy(u => u.Id)
                .Select(u => new PublicIncidentUpdate(u.At, StatusNames.Of(u.Kind), u.Message)).ToList());
}
