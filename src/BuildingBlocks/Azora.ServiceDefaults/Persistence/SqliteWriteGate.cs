using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// One writer at a time for one SQLite database file, awaited inside the process. SQLite lets a single connection write
/// at a time; left to itself, every other writer that finds the file locked gets SQLITE_BUSY and Microsoft.Data.Sqlite
/// retries it by putting its thread to sleep (150 ms a turn), which wastes the threads the requests need and stretches
/// the slowest requests to whole seconds. Queued here instead, a writer waits without a thread and starts as soon as the
/// previous one commits, in the order they came.
/// </summary>
/// <remarks>
/// <para>Every service of a one-process platform, and Wolverine's outbox writes made through their contexts, share the
/// file, so there is one gate per file in the process (<see cref="For"/>), not one per service.
/// <see cref="SqliteWriteGateInterceptor"/> enters it for each EF Core context on SQLite: when a transaction begins
/// (SaveChanges' own included) and for a writing statement outside any transaction; it leaves when the transaction
/// commits or rolls back, when the statement is done, or at the latest when the connection closes.</para>
/// <para>PostgreSQL has row locks and concurrent writers; nothing gates it.</para>
/// </remarks>
public sealed class SqliteWriteGate
{
    /// <summary>SQLite's result code for a locked database: a waiter that gives up fails as SQLite itself would.</summary>
    private const int SqliteBusy = 5;

    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _writer = new(1, 1);
    private int _waiting;

    private SqliteWriteGate(string file)
    {
        File = file;
        Interceptor = new SqliteWriteGateInterceptor(this);
    }

    /// <summary>The database file this gate guards, as a full path.</summary>
    public string File { get; }

    /// <summary>Writers waiting for their turn at this moment.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Whether a writer holds the gate at this moment.</summary>
    public bool IsHeld => _writer.CurrentCount == 0;

    /// <summary>The EF Core interceptor that makes a context's writers take turns here.</summary>
    internal SqliteWriteGateInterceptor Interceptor { get; }

    /// <summary>The gate of the database that <paramref name="connectionString"/> opens.</summary>
    public static SqliteWriteGate For(string connectionString)
    {
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        return Gates.GetOrAdd(file, path => new SqliteWriteGate(path));
    }

    /// <summary>Waits for the turn of one writer; fails as SQLite's busy error after <paramref name="timeout"/>.</summary>
    internal async ValueTask EnterAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_writer.Wait(0))
        {
            return;
        }
        Interlocked.Increment(ref _waiting);
        try
        {
            if (!await _writer.WaitAsync(timeout, cancellationToken))
            {
                throw TimedOut(timeout);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <inheritdoc cref="EnterAsync"/>
    internal void Enter(TimeSpan timeout)
    {
        if (_writer.Wait(0))
        {
            return;
        }
        Interlocked.Increment(ref _waiting);
        try
        {
            if (!_writer.Wait(timeout))
            {
                throw TimedOut(timeout);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    internal void Exit() => _writer.Release();

    private SqliteException TimedOut(TimeSpan timeout) => new(
        $"database is locked: no turn to write to {File} within {timeout.TotalSeconds:0.#} s; the writer before held it all that time.",
        SqliteBusy);
}
