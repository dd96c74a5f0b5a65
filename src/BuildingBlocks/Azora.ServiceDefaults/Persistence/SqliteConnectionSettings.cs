using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Settings SQLite keeps per connection, given to each native connection the first time EF Core opens it (a pooled
/// connection keeps them, so reopening it costs nothing). Wolverine's message store opens its own connections to the
/// same file with the same two settings.
/// </summary>
/// <remarks>
/// <para><c>synchronous=NORMAL</c> (the file is in WAL mode): a commit appends to the write-ahead log without waiting
/// for the disk to flush it; the log is flushed at each checkpoint. A commit stays atomic and durable when the process
/// crashes or is killed; only a power loss or an operating-system crash can lose the last commits before the
/// checkpoint, and then whole (a grade with the event it publishes, never one without the other). With FULL, SQLite's
/// default, every commit waits for an fsync, which bounds the whole platform's writes by the disk's flush rate.</para>
/// <para><c>busy_timeout</c>: the writers of EF Core take turns in <see cref="SqliteWriteGate"/> and never meet; a
/// writer that finds the file locked by someone the gate does not see (Wolverine's own store connections, another
/// process such as <c>azora seed</c>) waits inside SQLite, which polls every few milliseconds, instead of failing into
/// Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms a turn. It waits as long as the connection's default timeout.</para>
/// </remarks>
internal sealed class SqliteConnectionSettings : IDbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    /// <summary>The native connections already set up; a pooled one is handed out again with its settings.</summary>
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection) is { } sqlite)
        {
            using var command = Settings(sqlite);
            command.ExecuteNonQuery();
        }
    }

    public async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection) is { } sqlite)
        {
            await using var command = Settings(sqlite);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private SqliteConnection? FirstOpen(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } sqlite && _configured.TryAdd(handle, handle) ? sqlite : null;

    private static SqliteCommand Settings(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        var busyTimeout = connection.DefaultTimeout > 0 ? connection.DefaultTimeout * 1000 : int.MaxValue;
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeout}; PRAGMA synchronous = NORMAL;";
        return command;
    }
}
