using System.Diagnostics;
using Azora.ServiceDefaults.Persistence;
using Microsoft.Data.Sqlite;

namespace Azora.Bench.Harness;

/// <summary>
/// The one-process platform's events not handled yet: the rows of Wolverine's durable inbox, in the platform's SQLite
/// file, still waiting for their handler. A request is answered when its own transaction commits; what its events set
/// off in other services (a gradebook entry, a reward, an audit record) follows, and is done when this count is 0.
/// </summary>
public static class EventBacklog
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>How long the events may take to be handled before the run fails.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Events waiting for a handler now, read from the file read-only.</summary>
    public static async Task<long> CountAsync(string dataDirectory)
    {
        var file = new SqliteConnectionStringBuilder(DatabaseLocation.SqliteConnectionString(dataDirectory)) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(file.ToString());
        await connection.OpenAsync();
        await using var count = new SqliteCommand("SELECT count(*) FROM wolverine_incoming_envelopes WHERE status = 'Incoming'", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until every event is handled; how long that took. Fails after five minutes.</summary>
    public static async Task<TimeSpan> DrainAsync(string dataDirectory)
    {
        var watch = Stopwatch.StartNew();
        while (await CountAsync(dataDirectory) > 0)
        {
            if (watch.Elapsed > Limit)
            {
                throw new TimeoutException($"The platform's events were still not all handled after {Limit.TotalSeconds:0} s.");
            }
            await Task.Delay(Poll);
        }
        return watch.Elapsed;
    }
}
