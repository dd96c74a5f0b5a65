using Azora.Messaging.Tests.Ledger;
using Azora.ServiceDefaults.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;
using Wolverine.Persistence.Durability;
using Wolverine.RDBMS;

namespace Azora.Messaging.Tests;

/// <summary>One-process mode: the ledger's tables and Wolverine's store share the process's SQLite file.</summary>
public sealed class SqliteOutboxTests : OutboxTests, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly List<string> _directories = [];

    protected override Task<PlatformOptions> NewPlatformAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "azora-tests", Guid.NewGuid().ToString("N"));
        _directories.Add(directory);
        return Task.FromResult(new PlatformOptions { DataDirectory = directory, Database = DatabaseProvider.Sqlite });
    }

    [Fact]
    public async Task The_message_store_commits_to_the_write_ahead_log_without_a_flush_each_as_the_services_do()
    {
        await using var ledger = await LedgerHost.StartAsync(await NewPlatformAsync());
        await using var connection = await OpenStoreConnectionAsync(ledger);

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        // 1 is NORMAL: a commit is appended to the log, which is flushed at checkpoints.
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous;"));
    }

    [Fact]
    public async Task A_message_store_write_waits_inside_sqlite_for_a_services_open_transaction_and_commits_after_it()
    {
        await using var ledger = await LedgerHost.StartAsync(await NewPlatformAsync());
        await using var scope = ledger.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();

        await using var connection = await OpenStoreConnectionAsync(ledger);
        var begins = 0;
        raw.sqlite3_trace(connection.Handle, (_, statement) =>
        {
            if (statement.StartsWith("BEGIN", StringComparison.OrdinalIgnoreCase))
            {
                Interlocked.Increment(ref begins);
            }
        }, null);
        var write = Task.Run(async () =>
        {
            await using var storeTransaction = await connection.BeginTransactionAsync();
            await storeTransaction.CommitAsync();
        });
        await UntilAsync(() => Volatile.Read(ref begins) == 1);
        Assert.False(write.IsCompleted);

        await transaction.CommitAsync();
        await write;
        // The BEGIN ran once: it waited for the lock inside SQLite instead of failing into Microsoft.Data.Sqlite's retry loop.
        Assert.Equal(1, Volatile.Read(ref begins));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var directory in _directories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<SqliteConnection> OpenStoreConnectionAsync(LedgerHost ledger)
    {
        var store = (IMessageDatabase)ledger.Services.GetRequiredService<IMessageStore>();
        return (SqliteConnection)await store.DataSource.OpenConnectionAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = new SqliteCommand(sql, connection);
        return await command.ExecuteScalarAsync();
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
}
