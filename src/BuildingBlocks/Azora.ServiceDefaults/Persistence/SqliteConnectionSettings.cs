using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Settings SQLite keeps per connection, given to each native connection the first time it is opened (a pooled
/// connection keeps them, so reopening it costs nothing): EF Core's connections get them through this interceptor,
/// Wolverine's message store connections through <see cref="Messaging.MessageStoreDataSource"/>.
/// </summary>
/// <remarks>
/// <para><c>synchronous=NORMAL</c> (the file is in WAL mode): a commit appends to the write-ahead log without waiting
/// for the disk to flush it; the log is flushed at each checkpoint. A commit stays atomic and durable when the process
/// crashes or is killed; only a power loss or an operating-system crash can lose the last commits before the
/// checkpoint, and then whole (a grade with the event it publishes, never one without the other). With FULL, SQLite's
/// default, every commit waits for an fsync, which bounds the whole platform's writes by the disk's flush rate.</para>
/// <para>Waiting for a locked file (<see cref="SqliteBusyWait"/>): the writers of EF Core take turns in
/// <see cref="SqliteWriteGate"/> and never meet, but Wolverine's own store statements (marking handled envelopes,
/// its durability agent) and other processes (<c>azora seed</c>) write outside it. A writer that finds the file locked
/// by one of them waits inside SQLite as long as the connection's default timeout, retrying at once and then every
/// millisecond, rather than in SQLite's own busy timeout, whose sleeps grow to 100 ms (a gate holder asleep there
/// stops every writer of the process), or in Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms a turn.</para>
/// </remarks>
internal sealed class SqliteConnectionSettings : IDbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    /// <summary>The native connections already set up; a pooled one is handed out again with its settings.</summary>
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            Apply(sqlite);
        }
    }

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // SQLite runs a PRAGMA synchronously whichever way it is called.
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }

    /// <summary>Gives an open connection the settings, unless its native connection already has them.</summary>
    public static void Apply(SqliteConnection connection)
    {
        // Looking up takes no lock; adding does, so a connection already set up is recognised without it.
        if (connection.Handle is not { } handle || Configured.TryGetValue(handle, out _) || !Configured.TryAdd(handle, handle))
        {
            return;
        }
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA synchronous = NORMAL;";
            command.ExecuteNonQuery();
        }
        SqliteBusyWait.Install(connection);
    }
}
