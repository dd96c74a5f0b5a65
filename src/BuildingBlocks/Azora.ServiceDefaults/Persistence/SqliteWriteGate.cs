using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
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
/// <para>The gate counts its turns, the time they held the file and the time writers waited for them, by writer (the
/// context's service), in the <see cref="MeterName"/> meter: the share of a second the file's one writer was busy is
/// what bounds every write of a one-process platform.</para>
/// </remarks>
public sealed class SqliteWriteGate
{
    /// <summary>SQLite's result code for a locked database: a waiter that gives up fails as SQLite itself would.</summary>
    private const int SqliteBusy = 5;

    /// <summary>The meter of every gate's turns, exported at <c>/metrics</c> with the platform's other meters.</summary>
    public const string MeterName = "Azora.Sqlite";

    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);
    /// <summary>The meter of the file's writers, the checkpointer's counts included.</summary>
    internal static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "azora.sqlite.write.turns", "{turn}", "Turns at a SQLite file's one writer, by the writer that took them.");
    private static readonly Counter<double> Held = Meter.CreateCounter<double>(
        "azora.sqlite.write.held", "s", "Time a writer held a SQLite file's one writer turn.");
    private static readonly Counter<double> Waited = Meter.CreateCounter<double>(
        "azora.sqlite.write.waited", "s", "Time writers waited for a SQLite file's writer turn.");
    private static readonly Counter<double> HandedOver = Meter.CreateCounter<double>(
        "azora.sqlite.write.handover", "s",
        "Time a SQLite file's writer turn, given back while writers waited, took to reach the next of them: the file is idle then.");

    private readonly SemaphoreSlim _writer = new(1, 1);
    private int _waiting;

    // The holder's name and when it took the turn: only the holder writes them, and Exit reads them before releasing.
    private string _holder = "";
    private long _heldSince;
    // When the last holder gave the turn back: Exit writes it before releasing, the next holder reads it after taking.
    private long _givenBackAt;

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
    internal async ValueTask EnterAsync(string writer, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_writer.Wait(0))
        {
            Took(writer, waitedSince: null);
            return;
        }
        var since = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _waiting);
        try
        {
            if (!await _writer.WaitAsync(timeout, cancellationToken))
            {
                throw TimedOut(timeout);
            }
            Took(writer, since);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <inheritdoc cref="EnterAsync"/>
    internal void Enter(string writer, TimeSpan timeout)
    {
        if (_writer.Wait(0))
        {
            Took(writer, waitedSince: null);
            return;
        }
        var since = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _waiting);
        try
        {
            if (!_writer.Wait(timeout))
            {
                throw TimedOut(timeout);
            }
            Took(writer, since);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <summary>
    /// Gives the turn back. True when a writer was waiting for it: the turn goes to the first of them, whose code runs
    /// once a thread of the pool takes it up (see <see cref="SqliteWriteGateInterceptor"/> for how a commit hastens that).
    /// </summary>
    internal bool Exit()
    {
        var writer = new KeyValuePair<string, object?>("writer", _holder);
        Turns.Add(1, writer);
        Held.Add(Stopwatch.GetElapsedTime(_heldSince).TotalSeconds, writer);
        var handingOver = Waiting > 0;
        _givenBackAt = Stopwatch.GetTimestamp();
        _writer.Release();
        return handingOver;
    }

    private void Took(string writer, long? waitedSince)
    {
        _heldSince = Stopwatch.GetTimestamp();
        _holder = writer;
        if (waitedSince is { } since)
        {
            var name = new KeyValuePair<string, object?>("writer", writer);
            Waited.Add(Stopwatch.GetElapsedTime(since, _heldSince).TotalSeconds, name);
            HandedOver.Add(Stopwatch.GetElapsedTime(Math.Max(since, _givenBackAt), _heldSince).TotalSeconds, name);
        }
    }

    private SqliteException TimedOut(TimeSpan timeout) => new(
        $"database is locked: no turn to write to {File} within {timeout.TotalSeconds:0.#} s; the writer before held it all that time.",
        SqliteBusy);
}
