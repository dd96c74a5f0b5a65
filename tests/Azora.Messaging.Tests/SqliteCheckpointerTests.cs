using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Azora.Messaging.Tests;

/// <summary>
/// The process's checkpointer copies the SQLite file's write-ahead log back into the database as writes go on, so the
/// log stays short under a load of single-row inserts, which never set off SQLite's own checkpoint.
/// </summary>
public sealed class SqliteCheckpointerTests : IAsyncLifetime
{
    /// <summary>A note's text, a page and a half of SQLite's 4 KiB pages: a few hundred commits make a long log.</summary>
    private static readonly string LongText = new('x', 6000);

    /// <summary>A log this long, twice SQLite's own auto-checkpoint length, has gone without a checkpoint.</summary>
    private const int LongLogPages = 2 * 1000;

    private readonly SqliteTestDirectory _directory = new();
    private string ConnectionString => _directory.ConnectionString;

    public async Task InitializeAsync()
    {
        await using var notes = NewNotes();
        await notes.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        await notes.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Single_row_inserts_alone_never_run_SQLites_own_checkpoint()
    {
        await using var notes = await OpenNotesAsync();
        await WriteAsync(notes, pages: 3 * SqliteCheckpointer.LogPages * 2);

        // Why the platform runs a checkpointer: EF Core's INSERT ... RETURNING commits when its reader is reset, and
        // SQLite runs its auto-checkpoint only for a statement stepped to its end.
        Assert.True(WalPages > LongLogPages, $"the log file holds {WalPages} pages");
    }

    [Fact]
    public async Task With_the_checkpointer_running_the_log_stays_short_and_every_write_is_kept()
    {
        using var checkpointer = new SqliteCheckpointer(new PlatformOptions { DataDirectory = _directory.Path }, NullLogger<SqliteCheckpointer>.Instance);
        await checkpointer.StartAsync(CancellationToken.None);

        await using var notes = await OpenNotesAsync();
        var written = await WriteAsync(notes, pages: 6 * SqliteCheckpointer.LogPages * 2);
        // The log's length now, not the file's, which keeps the longest the log ever was: on a machine busy with other
        // tests the checkpointer may start late or miss ticks. Without it the log only grows (the test above); with it,
        // a few more writes at a request's pace find the log started again from its beginning.
        for (var more = 0; LogFrames >= LongLogPages && more < 500; more++)
        {
            written += await WriteAsync(notes, pages: 2);
            await Task.Delay(10);
        }
        await checkpointer.StopAsync(CancellationToken.None);

        Assert.True(LogFrames < LongLogPages, $"the log holds {LogFrames} pages");
        Assert.Equal(written, await notes.Notes.CountAsync());
    }

    [Fact]
    public async Task Without_a_database_file_the_checkpointer_makes_none()
    {
        var empty = Path.Combine(_directory.Path, "empty");
        using var checkpointer = new SqliteCheckpointer(new PlatformOptions { DataDirectory = empty }, NullLogger<SqliteCheckpointer>.Instance);

        await checkpointer.StartAsync(CancellationToken.None);
        await checkpointer.ExecuteTask!;

        Assert.False(Directory.Exists(empty));
    }

    /// <summary>
    /// Commits notes one at a time, each a single-row insert, until they add up to <paramref name="pages"/> pages of
    /// log; a short pause after every few lets a checkpointer keep up as it would with requests. Returns how many it wrote.
    /// </summary>
    private static async Task<int> WriteAsync(CheckpointNoteContext notes, int pages)
    {
        var count = 0;
        for (var written = 0; written < pages; written += 2)
        {
            notes.Notes.Add(new Note { Text = LongText });
            await notes.SaveChangesAsync();
            notes.ChangeTracker.Clear();
            if (++count % 20 == 0)
            {
                await Task.Delay(1);
            }
        }
        return count;
    }

    /// <summary>
    /// A context whose connection stays open until it is disposed, so that the file stays open while the test measures
    /// its log: when a file's last connection closes, SQLite checkpoints the log and deletes it, and a connection left
    /// idle in Microsoft.Data.Sqlite's pool may be closed at any moment by another test's
    /// <see cref="SqliteConnection.ClearAllPools"/>.
    /// </summary>
    private async Task<CheckpointNoteContext> OpenNotesAsync()
    {
        var notes = NewNotes();
        await notes.Database.OpenConnectionAsync();
        return notes;
    }

    /// <summary>The log file's length in pages: after a complete checkpoint the log is reused from its start.</summary>
    private long WalPages => new FileInfo(Path.Combine(_directory.Path, DatabaseLocation.SqliteFileName + "-wal")).Length / 4096;

    /// <summary>
    /// The frames (one page each) the log holds now: <c>mxFrame</c>, the 32-bit number at byte 16 of the WAL-index header
    /// at the start of the <c>-shm</c> file, in the machine's byte order (SQLite's file format, "WAL-Index Format"). It
    /// goes back to 0 when a writer starts the log again after a complete checkpoint. Read from the file, so that the
    /// reading checkpoints nothing.
    /// </summary>
    private int LogFrames
    {
        get
        {
            using var index = new FileStream(Path.Combine(_directory.Path, DatabaseLocation.SqliteFileName + "-shm"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            Span<byte> header = stackalloc byte[20];
            index.ReadExactly(header);
            return BitConverter.ToInt32(header[16..]);
        }
    }

    private CheckpointNoteContext NewNotes()
    {
        var options = new DbContextOptionsBuilder<CheckpointNoteContext>();
        options.UseLocation(new DatabaseLocation(DatabaseProvider.Sqlite, ConnectionString, "checkpoints"));
        return new CheckpointNoteContext(options.Options);
    }
}

public sealed class CheckpointNoteContext(DbContextOptions<CheckpointNoteContext> options) : NoteContext(options);
