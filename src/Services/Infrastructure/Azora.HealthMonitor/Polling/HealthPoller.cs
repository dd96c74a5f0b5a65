using System.Data.Common;
using Azora.HealthMonitor.Data;
using Azora.HealthMonitor.Domain;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;

namespace Azora.HealthMonitor.Polling;

/// <summary>
/// One poll of the whole platform: probes every instance at once (at most <see cref="HealthMonitorOptions.MaxConcurrentProbes"/>
/// at a time), records each answer, sums each service's poll into its state, its hourly uptime and its incidents (announcing
/// each incident's opening, change of severity and resolution through the outbox), and
/// prunes history past its retention (and expired idempotency keys). Polls never overlap: one waits for the one before it.
/// A poll the database cannot take is kept and recorded before the next one.
/// </summary>
internal sealed class HealthPoller(
    IServiceScopeFactory scopes,
    MonitoredServices monitored,
    HealthMonitorOptions options,
    TimeProvider clock)
{
    /// <summary>At most a day of polls at the default interval is kept while the database is away; older ones are let go.</summary>
    public const int MaxUnrecordedPolls = 8640;

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Queue<(DateTimeOffset PolledAt, ProbeResult[] Probes)> _unrecorded = new();

    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var polledAt = clock.GetUtcNow();
            _unrecorded.Enqueue((polledAt, await ProbeEveryInstanceAsync(polledAt, cancellationToken)));
            if (_unrecorded.Count > MaxUnrecordedPolls)
            {
                _unrecorded.Dequeue();
            }
            // The polls the database could not take are recorded first, in order: an outage of the database the services
            // share is downtime too, and it shows in the history and the uptime once the database is back.
            while (_unrecorded.TryPeek(out var poll))
            {
                try
                {
                    await RecordAsync(poll.PolledAt, poll.Probes, cancellationToken);
                }
                catch (Exception error) when (!IsDatabaseFailure(error))
                {
                    // Not the database being away: this poll would fail the same way every time, so it is let go.
                    _unrecorded.Dequeue();
                    throw;
                }
                _unrecorded.Dequeue();
            }
            await using var scope = scopes.CreateAsyncScope();
            await PruneAsync(scope.ServiceProvider.GetRequiredService<HealthMonitorDbContext>(), polledAt, cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The database refused or dropped the work (EF Core and the outbox wrap the provider's error).</summary>
    private static bool IsDatabaseFailure(Exception error)
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (current is DbException)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One poll's answers, each service's summary, uptime and incidents, and their events, in one transaction.</summary>
    private async Task RecordAsync(DateTimeOffset polledAt, ProbeResult[] probes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<HealthMonitorDbContext>>();
        var db = outbox.DbContext;
        if (probes.Length > 0 && await db.Probes.AnyAsync(p => p.Id == probes[0].Id, cancellationToken))
        {
            // Its commit went through although the answer to it was lost with the connection.
            return;
        }
        db.Probes.AddRange(probes);
        var announcements = new List<object>();
        foreach (var service in probes.GroupBy(p => p.ServiceId))
        {
            announcements.AddRange(await RecordServicePollAsync(db, service.Key, [.. service], polledAt, cancellationToken));
        }
        foreach (var announcement in announcements)
        {
            await outbox.PublishAsync(announcement);
        }
        // The poll, the incidents it changed and their events commit together; the events are sent after the commit.
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    private async Task<ProbeResult[]> ProbeEveryInstanceAsync(DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        var results = new ProbeResult[monitored.Instances.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentProbes, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, results.Length), parallel, async (index, token) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var probe = scope.ServiceProvider.GetRequiredService<ReadinessProbe>();
            results[index] = await probe.ProbeAsync(monitored.Instances[index], polledAt, token);
        });
        return results;
    }

    /// <summary>Records one service's part of the poll; returns the events announcing what happened to its incident.</summary>
    private async Task<IEnumerable<object>> RecordServicePollAsync(
        HealthMonitorDbContext db, string serviceId, ProbeResult[] probes, DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        var poll = ServicePoll.Of(serviceId, polledAt, probes.Count(p => p.Ready), probes.Length);
        db.ServicePolls.Add(poll);

        var hour = await db.HourlyUptimes.FindAsync([serviceId, HourlyUptime.HourOf(polledAt)], cancellationToken);
        if (hour is null)
        {
            hour = HourlyUptime.Start(serviceId, polledAt);
            db.HourlyUptimes.Add(hour);
        }
        hour.Count(poll);

        var health = await db.ServiceHealth.FindAsync([serviceId], cancellationToken);
        if (health is null)
        {
            health = ServiceHealth.Begin(serviceId);
            db.ServiceHealth.Add(health);
        }
        health.Observe(poll);

        var notReady = probes.Where(p => !p.Ready).Select(p => p.Instance).ToList();
        var open = await db.Incidents.Include(i => i.Affected)
            .SingleOrDefaultAsync(i => i.ServiceId == serviceId && i.ResolvedAt == null, cancellationToken);
        if (open is null)
        {
            if (health.FailedPolls < options.FailuresToOpenIncident)
            {
                return [];
            }
            var opened = Incident.Open(serviceId, health.FailingSince ?? polledAt, poll, notReady);
            db.Incidents.Add(opened);
            return [IncidentAnnouncements.Opened(opened, poll)];
        }
        if (health.HealthyPolls >= options.SuccessesToResolveIncident)
        {
            open.Resolve(poll);
            return [IncidentAnnouncements.Resolved(open)];
        }
        return health.Failed && open.Observe(poll, notReady) ? [IncidentAnnouncements.SeverityChanged(open, poll)] : [];
    }

    /// <summary>Drops probe results and poll summaries past the history retention, and hourly totals past theirs.</summary>
    private async Task PruneAsync(HealthMonitorDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var historyCutoff = now - options.HistoryRetention;
        var uptimeCutoff = HourlyUptime.HourOf(now - options.UptimeRetention);
        await db.Probes.Where(p => p.PolledAt < historyCutoff).ExecuteDeleteAsync(cancellationToken);
        await db.ServicePolls.Where(p => p.PolledAt < historyCutoff).ExecuteDeleteAsync(cancellationToken);
        await db.HourlyUptimes.Where(h => h.Hour < uptimeCutoff).ExecuteDeleteAsync(cancellationToken);
        await db.ForgetExpiredKeysAsync(now, cancellationToken);
    }
}
