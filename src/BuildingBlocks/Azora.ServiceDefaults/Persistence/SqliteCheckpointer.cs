using System.Diagnostics.Metrics;
using Azora.ServiceDefaults.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SQLitePCL;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Copies the process's SQLite write-ahead log back into the database (a checkpoint) on a connection of its own, so
/// that the log stays short and no writer does it inside its turn.
/// </summary>
/// <remarks>
/// <para>SQLite's own auto-checkpoint runs in the commit that finds the log past 1,000 pages, before its statement
/// returns and while that writer holds the file's one writer turn (<see cref="SqliteWriteGate"/>), two fsyncs
/// included. Nor does every commit set it off: SQLite calls it only for a statement stepped to its end, and EF Core's
/// single-row <c>INSERT ... RETURNING</c> outside a transaction commits when its reader is reset after the returned
/// row, so a load of such inserts grows the log without bound until some other commit checkpoints it.</para>
/// <para>Here, every <see cref="Interval"/>, a passive checkpoint copies what the log holds while writers go on
/// appending; that is where most of the copying and the flushing happen. A log longer than <see cref="LogPages"/> is
/// then finished inside a write turn, where only what was appended meanwhile is left to copy: a log copied to its end
/// is started again from its beginning by the next writer, but under a steady load new pages always arrive before a
/// checkpoint beside the writers ends, and the log would only grow.</para>
/// <para>Started after the migrations, which create the file. Should a checkpoint fail, the checkpointer stops and the
/// log is left to SQLite's own auto-checkpoint.</para>
/// </remarks>
public sealed partial class SqliteCheckpointer(PlatformOptions platform, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>How often the log is copied back.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// The log's length, in pages, past which a checkpoint is finished inside a write turn: half of SQLite's own
    /// auto-checkpoint length, so that a commit seldom reaches that.
    /// </summary>
    public const int LogPages = 500;

    private static readonly Counter<long> Checkpoints = SqliteWriteGate.Meter.CreateCounter<long>(
        "azora.sqlite.checkpoints", "{checkpoint}", "Checkpoints of the SQLite file's write-ahead log, by where they ran: beside the writers or in a write turn.");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var file = new SqliteConnectionStringBuilder(DatabaseLocation.SqliteConnectionString(platform.DataDirectory))
        {
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        };
        if (!File.Exists(file.DataSource))
        {
            // No hosted service keeps data here.
            return;
        }

        var gate = SqliteWriteGate.For(file.ToString());
        await using var connection = new SqliteConnection(file.ToString());
        await connection.OpenAsync(stoppingToken);
        if (!await InWalModeAsync(connection, stoppingToken))
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!Checkpoint(connection, "beside writers", out var logPages))
                {
                    return;
                }
                if (logPages > LogPages && !await FinishInWriteTurnAsync(connection, gate, stoppingToken))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Checkpoints again while no writer of the process can append: what was appended during the checkpoint beside
    /// them is copied too. A turn not had within the connection's timeout is given up until the next tick.
    /// </summary>
    private async Task<bool> FinishInWriteTurnAsync(SqliteConnection connection, SqliteWriteGate gate, CancellationToken stoppingToken)
    {
        try
        {
            await gate.EnterAsync(nameof(SqliteCheckpointer), TimeSpan.FromSeconds(connection.DefaultTimeout), stoppingToken);
        }
        catch (SqliteException busy) when (busy.SqliteErrorCode == raw.SQLITE_BUSY)
        {
            return true;
        }
        try
        {
            return Checkpoint(connection, "in a write turn", out _);
        }
        finally
        {
            gate.Exit();
        }
    }

    /// <summary>
    /// Whether the file keeps a write-ahead log (the migrations set it). Reading it also opens the log on this
    /// connection; until something has been read, a checkpoint finds no log and copies nothing.
    /// </summary>
    private static async Task<bool> InWalModeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand("PRAGMA journal_mode;", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is "wal";
    }

    /// <summary>
    /// A passive checkpoint: copies what it can without waiting for anyone, and gives the log's length when it began.
    /// False, logged, when it failed other than by finding another process's checkpoint running.
    /// </summary>
    private bool Checkpoint(SqliteConnection connection, string where, out int logPages)
    {
        var result = raw.sqlite3_wal_checkpoint_v2(connection.Handle, null, raw.SQLITE_CHECKPOINT_PASSIVE, out logPages, out _);
        if (result == raw.SQLITE_OK)
        {
            Checkpoints.Add(1, new KeyValuePair<string, object?>("where", where));
            return true;
        }
        if (result == raw.SQLITE_BUSY)
        {
            return true;
        }
        CheckpointFailed(result, raw.sqlite3_errstr(result).utf8_to_string());
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Checkpointing the SQLite file failed ({Code}: {Reason}); SQLite's own auto-checkpoint is left to do it.")]
    private partial void CheckpointFailed(int code, string reason);
}
