using System.Globalization;
using Azora.HealthMonitor.Data;
using Azora.HealthMonitor.Polling;
using Azora.HealthMonitor.Uptime;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.HealthMonitor.Features.History;

/// <summary>
/// A service's probe history between <c>from</c> and <c>to</c> (the last 24 hours when absent), newest first, a page at
/// a time, with its uptime over 1 hour, 24 hours, 7 days and 30 days against its objective.
/// </summary>
internal static class GetServiceHistory
{
    public static readonly TimeSpan DefaultSpan = TimeSpan.FromDays(1);

    // Bounds well inside what every database stores, so that the default span before 'to' never leaves the calendar.
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Map(IEndpointRouteBuilder services) =>
        services.MapGet("/{id}/history", HandleAsync)
            .WithName("GetServiceHistory")
            .WithSummary("A service's readiness probes of every instance, newest first, with cursor pagination, and its uptime per window.");

    private static async Task<Results<Ok<HistoryPage>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string id,
        string? from,
        string? to,
        string? limit,
        string? cursor,
        MonitoredServices monitored,
        HealthMonitorDbContext db,
        UptimeCalculator uptime,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Read(limit, cursor, errors);
        var now = clock.GetUtcNow();
        var until = ReadInstant(to, "to", errors) ?? now;
        var since = ReadInstant(from, "from", errors) ?? until - DefaultSpan;
        if (errors.Count == 0 && since > until)
        {
            errors["from"] = ["The start of the period comes after its end ('to')."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (monitored.Find(id) is null)
        {
            return HealthProblems.NoService(id);
        }

        // Version 7 ids grow with the poll time, so ordering by id is ordering by time, and the id is a stable keyset cursor.
        var query = db.Probes.AsNoTracking().Where(p => p.ServiceId == id && p.PolledAt >= since && p.PolledAt <= until);
        if (page.After is { } after)
        {
            query = query.Where(p => p.Id.CompareTo(after) < 0);
        }
        var probes = await query.OrderByDescending(p => p.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var items = probes.Take(page.Limit).Select(ProbeResponse.From).ToList();
        var next = probes.Count > page.Limit ? PageQuery.CursorOf(items[^1].Id) : null;

        var figures = await uptime.ForServiceAsync(id, now, cancellationToken);
        return TypedResults.Ok(new HistoryPage(id, since, until, figures, items, next));
    }

    private static DateTimeOffset? ReadInstant(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            errors[field] = ["An ISO 8601 date and time, such as 2026-01-31T12:00:00Z."];
            return null;
        }
        if (instant < Earliest || instant > Latest)
        {
            errors[field] = [$"A date and time from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}."];
            return null;
        }
        return instant.ToUniversalTime();
    }
}
