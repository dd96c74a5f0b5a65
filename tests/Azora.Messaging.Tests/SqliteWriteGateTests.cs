using System.Diagnostics.Metrics;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Azora.Messaging.Tests;

/// <summary>
/// Contexts of different services on one SQLite file write in turn through the file's <see cref="SqliteWriteGate"/>:
/// nobody meets a locked file, and a turn is always given back, whatever way a writer ends.
/// </summary>
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly SqliteTestDirectory _directory = new();
    private string ConnectionString => _directory.ConnectionString;
    private SqliteWriteGate Gate => SqliteWriteGate.For(ConnectionString);

    public async Task InitializeAsync()
    {
        await using var first = NewFirst();
        await first.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        await using var second = NewSecond();
        await second.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var wal = new SqliteCommand("PRAGMA journal_mode=WAL;", connection);
        await wal.ExecuteNonQueryAsync();
        // The writers start on fresh connections. A pooled one from before the second service's tables and WAL existed
        // sometimes ran its first INSERT twice (SQLite starting the statement again on that connection), which the
        // statement count below took for a writer that had found the file locked.
        SqliteConnection.ClearPool(connection);
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Many_writers_of_two_services_on_one_file_all_commit_and_none_finds_the_file_locked()
    {
        const int writersPerService = 12;
        const int writesPerWriter = 15;
        var statements = new StatementCounter();

        async Task WriteAsync(Func<NoteContext> create, int writer)
        {
            await using var db = create();
            await db.Database.OpenConnectionAsync();
            await statements.WatchAsync(db);
            for (var write = 0; write < writesPerWriter; write++)
            {
                switch (write % 3)
                {
                    case 0:
                        // One statement: SaveChanges runs it without a transaction.
                        db.Notes.Add(new Note { Text = $"{writer}-{write}" });
                        await db.SaveChangesAsync();
                        break;
                    case 1:
                        // Several statements: SaveChanges opens a transaction of its own.
                        db.Notes.AddRange(new Note { Text = $"{writer}-{write}a" }, new Note { Text = $"{writer}-{write}b" });
                        await db.SaveChangesAsync();
                        break;
                    default:
                        // An explicit transaction that reads, then writes what it read.
                        await using (var transaction = await db.Database.BeginTransactionAsync())
                        {
                            var count = await db.Notes.CountAsync();
                            db.Notes.Add(new Note { Text = $"{writer}-{write} after {count}" });
                            await db.SaveChangesAsync();
                            await transaction.CommitAsync();
                        }
                        break;
                }
                db.ChangeTracker.Clear();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writersPerService).SelectMany(writer => new[]
        {
            Task.Run(() => WriteAsync(NewFirst, writer)),
            Task.Run(() => WriteAsync(NewSecond, writer)),
        }));

        var expected = writersPerService * Enumerable.Range(0, writesPerWriter).Sum(write => write % 3 == 1 ? 2 : 1);
        await using (var first = NewFirst())
        {
            Assert.Equal(expected, await first.Notes.CountAsync());
        }
        await using (var second = NewSecond())
        {
            Assert.Equal(expected, await second.Notes.CountAsync());
        }
        // Every BEGIN and INSERT ran once: none was retried after finding the file locked.
        var transactionsPerWriter = Enumerable.Range(0, writesPerWriter).Count(write => write % 3 != 0);
        Assert.Equal(2 * writersPerService * transactionsPerWriter, statements.Begins);
        Assert.Equal(2 * expected, statements.Inserts);
        Assert.False(Gate.IsHeld);
    }

    [Fact]
    public async Task A_writer_of_another_service_waits_for_an_open_transaction_and_commits_after_it()
    {
        await using var first = NewFirst();
        await using var transaction = await first.Database.BeginTransactionAsync();
        first.Notes.Add(new Note { Text = "first" });
        await first.SaveChangesAsync();

        await using var second = NewSecond();
        second.Notes.Add(new Note { Text = "second" });
        var waiting = second.SaveChangesAsync();
        await UntilAsync(() => Gate.Waiting == 1);
        Assert.False(waiting.IsCompleted);

        await transaction.CommitAsync();
        Assert.Equal(1, await waiting);
        Assert.False(Gate.IsHeld);
    }

    [Fact]
    public async Task A_commit_that_hands_the_turn_to_a_waiting_writer_lets_its_thread_take_that_writer_up_first()
    {
        // Run on one thread at a time, in the order queued: a commit that goes on only after its thread has been given
        // up cannot have finished when the call returns. Without a writer waiting, nothing is given up.
        var oneThread = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
        var finishedAtOnce = new List<bool>();

        await Task.Factory.StartNew(async () =>
        {
            await using var first = NewFirst();
            await using (var alone = await first.Database.BeginTransactionAsync())
            {
                first.Notes.Add(new Note { Text = "alone" });
                await first.SaveChangesAsync();
                var commit = alone.CommitAsync();
                finishedAtOnce.Add(commit.IsCompleted);
                await commit;
            }

            await using var transaction = await first.Database.BeginTransactionAsync();
            first.Notes.Add(new Note { Text = "first" });
            await first.SaveChangesAsync();
            await using var second = NewSecond();
            second.Notes.AddRange(new Note { Text = "second a" }, new Note { Text = "second b" });
            var waiting = second.SaveChangesAsync();
            await UntilAsync(() => Gate.Waiting == 1);

            var handingOver = transaction.CommitAsync();
            finishedAtOnce.Add(handingOver.IsCompleted);
            await handingOver;
            Assert.Equal(2, await waiting);
        }, CancellationToken.None, TaskCreationOptions.None, oneThread).Unwrap();

        Assert.Equal([true, false], finishedAtOnce);
        Assert.False(Gate.IsHeld);
    }

    [Fact]
    public async Task The_gate_counts_each_writers_turns_the_time_it_held_them_the_time_waited_for_them_and_the_hand_over()
    {
        var measured = new List<(string Instrument, string Writer, double Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SqliteWriteGate.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var writer = (string)tags.ToArray().Single(t => t.Key == "writer").Value!;
            if (writer is nameof(FirstNoteContext) or nameof(SecondNoteContext))
            {
                lock (measured)
                {
                    measured.Add((instrument.Name, writer, value));
                }
            }
        }
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();

        await using (var first = NewFirst())
        {
            await using var transaction = await first.Database.BeginTransactionAsync();
            first.Notes.Add(new Note { Text = "first" });
            await first.SaveChangesAsync();
            await using var second = NewSecond();
            second.Notes.Add(new Note { Text = "second" });
            var waiting = second.SaveChangesAsync();
            await UntilAsync(() => Gate.Waiting == 1);
            await Task.Delay(50);
            await transaction.CommitAsync();
            await waiting;
        }

        double Sum(string instrument, string writer) => measured.Where(m => m.Instrument == instrument && m.Writer == writer).Sum(m => m.Value);
        Assert.Equal(1, Sum("azora.sqlite.write.turns", nameof(FirstNoteContext)));
        Assert.Equal(1, Sum("azora.sqlite.write.turns", nameof(SecondNoteContext)));
        Assert.True(Sum("azora.sqlite.write.held", nameof(FirstNoteContext)) >= 0.05);
        Assert.True(Sum("azora.sqlite.write.waited", nameof(SecondNoteContext)) >= 0.05);
        Assert.Equal(0, Sum("azora.sqlite.write.waited", nameof(FirstNoteContext)));
        // The turn passed from the first to the second once, in less time than the second waited for it.
        var handOver = Assert.Single(measured, m => m.Instrument == "azora.sqlite.write.handover");
        Assert.Equal(nameof(SecondNoteContext), handOver.Writer);
        Assert.InRange(handOver.Value, 0, Sum("azora.sqlite.write.waited", nameof(SecondNoteContext)));
    }

    [Fact]
    public async Task A_rolled_back_transaction_gives_the_turn_back()
    {
        await using (var first = NewFirst())
        {
            await using var transaction = await first.Database.BeginTransactionAsync();
            first.Notes.Add(new Note { Text = "rolled back" });
            await first.SaveChangesAsync();
            Assert.True(Gate.IsHeld);
            await transaction.RollbackAsync();
            Assert.False(Gate.IsHeld);
        }

        Assert.Equal(0, await CountFirstAsync());
        await AssertTheOtherServiceCanWriteAsync();
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_gives_the_turn_back()
    {
        await using (var first = NewFirst())
        {
            await using (await first.Database.BeginTransactionAsync())
            {
                first.Notes.Add(new Note { Text = "abandoned" });
                await first.SaveChangesAsync();
            }
            Assert.False(Gate.IsHeld);

            // The same context writes again afterwards, with a turn of its own.
            first.ChangeTracker.Clear();
            first.Notes.Add(new Note { Text = "kept" });
            await first.SaveChangesAsync();
        }

        Assert.Equal(1, await CountFirstAsync());
        await AssertTheOtherServiceCanWriteAsync();
    }

    [Fact]
    public async Task A_failed_save_gives_the_turn_back()
    {
        await using (var first = NewFirst())
        {
            first.Notes.Add(new Note { Id = 7, Text = "taken" });
            await first.SaveChangesAsync();
            first.ChangeTracker.Clear();

            first.Notes.AddRange(new Note { Id = 8, Text = "would be new" }, new Note { Id = 7, Text = "duplicate" });
            await Assert.ThrowsAsync<DbUpdateException>(() => first.SaveChangesAsync());
            Assert.False(Gate.IsHeld);
        }

        Assert.Equal(1, await CountFirstAsync());
        await AssertTheOtherServiceCanWriteAsync();
    }

    [Fact]
    public async Task A_writer_cancelled_while_it_waits_does_not_keep_the_turn()
    {
        await using var first = NewFirst();
        await using var transaction = await first.Database.BeginTransactionAsync();
        first.Notes.Add(new Note { Text = "first" });
        await first.SaveChangesAsync();

        using var cancellation = new CancellationTokenSource();
        await using (var second = NewSecond())
        {
            second.Notes.AddRange(new Note { Text = "never a" }, new Note { Text = "never b" });
            var waiting = second.SaveChangesAsync(cancellation.Token);
            await UntilAsync(() => Gate.Waiting == 1);
            await cancellation.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        }
        Assert.Equal(0, Gate.Waiting);

        await transaction.CommitAsync();
        Assert.False(Gate.IsHeld);
        await AssertTheOtherServiceCanWriteAsync();
        await using var check = NewSecond();
        Assert.Equal(["after"], await check.Notes.Select(n => n.Text).ToListAsync());
    }

    [Fact]
    public void PostgreSQL_contexts_get_no_gate()
    {
        var location = new DatabaseLocation(DatabaseProvider.Postgres, "Host=localhost;Database=azora", "gate_first");
        var options = new DbContextOptionsBuilder<FirstNoteContext>();
        options.UseLocation(location);

        Assert.Empty(options.Options.FindExtension<CoreOptionsExtension>()?.Interceptors ?? []);
    }

    private async Task AssertTheOtherServiceCanWriteAsync()
    {
        await using var second = NewSecond();
        second.Notes.Add(new Note { Text = "after" });
        Assert.Equal(1, await second.SaveChangesAsync());
        Assert.False(Gate.IsHeld);
    }

    private async Task<int> CountFirstAsync()
    {
        await using var first = NewFirst();
        return await first.Notes.CountAsync();
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold before the deadline.");
            await Task.Delay(10);
        }
    }

    private FirstNoteContext NewFirst() => new(OptionsOn<FirstNoteContext>("gate_first"));

    private SecondNoteContext NewSecond() => new(OptionsOn<SecondNoteContext>("gate_second"));

    private DbContextOptions<TContext> OptionsOn<TContext>(string prefix) where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseLocation(new DatabaseLocation(DatabaseProvider.Sqlite, ConnectionString, prefix));
        return options.Options;
    }

    /// <summary>
    /// Counts the statements the watched connections start. A statement that finds the file locked is started again by
    /// Microsoft.Data.Sqlite's retry loop once SQLite gives up waiting, which the watch makes at once (busy_timeout 0),
    /// so a writer that ever met the lock shows as a statement counted twice.
    /// </summary>
    private sealed class StatementCounter
    {
        private int _begins;
        private int _inserts;

        public int Begins => Volatile.Read(ref _begins);
        public int Inserts => Volatile.Read(ref _inserts);

        public async Task WatchAsync(DbContext db)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using (var noWait = new SqliteCommand("PRAGMA busy_timeout = 0;", connection))
            {
                await noWait.ExecuteNonQueryAsync();
            }
            raw.sqlite3_trace(connection.Handle, (_, statement) =>
            {
                if (statement.StartsWith("BEGIN", StringComparison.OrdinalIgnoreCase))
                {
                    Interlocked.Increment(ref _begins);
                }
                else if (statement.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase))
                {
                    Interlocked.Increment(ref _inserts);
                }
            }, null);
        }
    }
}

public sealed class Note
{
    public int Id { get; set; }
    public required string Text { get; set; }
}

/// <summary>A service's context on the shared file: its tables carry its prefix (gate_first_notes).</summary>
public abstract class NoteContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Note>().ToTable("notes");
}

public sealed class FirstNoteContext(DbContextOptions<FirstNoteContext> options) : NoteContext(options);

public sealed class SecondNoteContext(DbContextOptions<SecondNoteContext> options) : NoteContext(options);
