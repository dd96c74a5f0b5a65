using Azora.HealthMonitor.Data;
using Azora.HealthMonitor.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.HealthMonitor.Uptime;

/// <summary>
/// Uptime of every service over trailing windows. The rule: a service is up in a poll when at least one of its instances
/// is ready (the gateway still serves it then), and its uptime is the share of polls in the window that found it up.
/// A window within the history retention counts the individual polls exactly; a longer one (30 days with the default
/// week of history) sums the hourly totals of the hours it touches, so it is exact to the hour.
/// </summary>
internal sealed class UptimeCalculator(HealthMonitorDbContext db, HealthMonitorOptions options)
{
    public async Task<Dictionary<string, UptimeFigure>> ForWindowAsync(UptimeWindow window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var totals = await TotalsAsync(window, now, serviceId: null, cancellationToken);
        return totals.ToDictionary(t => t.ServiceId, t => UptimeFigure.Of(window, t.Polls, t.UpPolls, options.ObjectiveOf(t.ServiceId)));
    }

    /// <summary>One service's uptime over every window, shortest first.</summary>
    public async Task<IReadOnlyList<UptimeFigure>> ForServiceAsync(string serviceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var figures = new List<UptimeFigure>();
        foreach (var window in UptimeWindow.All)
        {
            var totals = await TotalsAsync(window, now, serviceId, cancellationToken);
            var total = totals.SingleOrDefault();
            figures.Add(UptimeFigure.Of(window, total?.Polls ?? 0, total?.UpPolls ?? 0, options.ObjectiveOf(serviceId)));
        }
        return figures;
    }

    private async Task<List<PollTotal>> TotalsAsync(UptimeWindow window, DateTimeOffset now, string? serviceId, CancellationToken cancellationToken)
    {
        var since = now - window.Length;
        if (window.Length <= options.HistoryRetention)
        {
            var polls = db.ServicePolls.AsNoTracking().Where(p => p.PolledAt > since && p.PolledAt <= now);
            if (serviceId is not null)
            {
                polls = polls.Where(p => p.ServiceId == serviceId);
            }
            return await polls.GroupBy(p => p.ServiceId)
                .Select(g => new PollTotal(g.Key, g.Count(), g.Count(p => p.Up)))
                .ToListAsync(cancellationToken);
        }
        var hours = HourlyTotals(HourlyUptime.HourOf(since), now);
        if (serviceId is not null)
        {
            hours = hours.Where(h => h.ServiceId == serviceId);
        }
        return await hours.GroupBy(h => h.ServiceId)
            .Select(g => new PollTotal(g.Key, g.Sum(h => h.Polls), g.Sum(h => h.UpPolls)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Each service's uptime per UTC day over the last <paramref name="days"/> days, today last; null for a day without polls.</summary>
    public async Task<Dictionary<string, DailyUptime[]>> ByDayAsync(int days, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var first = today.AddDays(1 - days);
        var hours = await HourlyTotals(new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), now)
            .ToListAsync(cancellationToken);
        return hours.GroupBy(h => h.ServiceId).ToDictionary(
            service => service.Key,
            service => Enumerable.Range(0, days).Select(offset =>
            {
                var day = first.AddDays(offset);
                var of = service.Where(h => DateOnly.FromDateTime(h.Hour.UtcDateTime) == day).ToList();
                var polls = of.Sum(h => h.Polls);
                return new DailyUptime(day, polls, polls == 0 ? null : (double)of.Sum(h => h.UpPolls) / polls);
            }).ToArray());
    }

    private IQueryable<HourlyUptime> HourlyTotals(DateTimeOffset fromHour, DateTimeOffset now) =>
        db.HourlyUptimes.AsNoTracking().Where(h => h.Hour >= fromHour && h.Hour <= now);
}
