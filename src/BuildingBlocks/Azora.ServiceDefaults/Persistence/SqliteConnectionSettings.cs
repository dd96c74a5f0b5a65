using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Settings SQLite keeps per connection, applied each time EF Core opens one (pooled connections included). Wolverine's
/// message store already opens its connections to the same file this way (Weasel's SQLite data source applies
/// <c>synchronous=NORMAL</c> and a busy timeout to each); the services' own connections did not, and their commits,
/// the busiest, waited for the disk.
/// </summary>
/// <remarks>
/// <para><c>synchronous=NORMAL</c>: in WAL mode a commit then appends to the log without waiting for the disk to flush
/// it; the log is flushed at checkpoints. A commit stays atomic and survives the process crashing; only a power loss can
/// undo the last commits, whole (a grade together with the event it publishes). With the default (FULL) every commit
/// waits for an fsync, which on the benchmark machine caps the whole platform at about 180 commits a second.</para>
/// <para><c>busy_timeout</c>: a writer that finds the file locked waits inside SQLite, polling every few milliseconds,
/// instead of failing at once into Microsoft.Data.Sqlite's own retry loop, which blocks its thread in long sleeps.</para>
/// </remarks>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    /// <summary>How long a writer waits for the lock, in milliseconds (the connection string's 30 s default timeout).</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    private static readonly string Pragmas = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={BusyTimeoutMilliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
