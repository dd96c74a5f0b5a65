using System.Data;
using Azora.Messaging.Tests.Ledger;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Messaging.Tests;

/// <summary>
/// A service's context is leased from a pool for a scope: the next scope gets the same instance back with nothing of the
/// last use left in it.
/// </summary>
public sealed class PooledContextTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "azora-tests", Guid.NewGuid().ToString("N"));
    private LedgerHost _ledger = null!;

    private PlatformOptions Platform => new() { DataDirectory = _directory, Database = DatabaseProvider.Sqlite };

    public async Task InitializeAsync() => _ledger = await LedgerHost.StartAsync(Platform);

    public async Task DisposeAsync()
    {
        await _ledger.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task The_next_scope_gets_the_same_context_back_with_nothing_tracked_and_default_settings()
    {
        LedgerContext first;
        await using (var scope = _ledger.Services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<LedgerContext>();
            first.Entries.Add(new LedgerEntry { Id = Guid.NewGuid(), Account = "never saved", Amount = 1 });
            first.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            first.ChangeTracker.AutoDetectChangesEnabled = false;
            first.Database.SetCommandTimeout(TimeSpan.FromSeconds(1));
        }

        await using (var scope = _ledger.Services.CreateAsyncScope())
        {
            var second = scope.ServiceProvider.GetRequiredService<LedgerContext>();
            Assert.Same(first, second);
            Assert.Empty(second.ChangeTracker.Entries());
            Assert.Equal(QueryTrackingBehavior.TrackAll, second.ChangeTracker.QueryTrackingBehavior);
            Assert.True(second.ChangeTracker.AutoDetectChangesEnabled);
            Assert.Null(second.Database.GetCommandTimeout());
            Assert.Null(second.Database.CurrentTransaction);
            Assert.Equal(0, await second.Entries.CountAsync());
        }
    }

    [Fact]
    public async Task A_context_given_back_inside_a_transaction_rolls_it_back_and_gives_back_the_write_turn()
    {
        var gate = SqliteWriteGate.For(DatabaseLocation.SqliteConnectionString(_directory));
        await using (var scope = _ledger.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
            await db.Database.BeginTransactionAsync();
            db.Entries.Add(new LedgerEntry { Id = Guid.NewGuid(), Account = "abandoned", Amount = 1 });
            await db.SaveChangesAsync();
            Assert.True(gate.IsHeld);
        }

        Assert.False(gate.IsHeld);
        await using (var scope = _ledger.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
            Assert.Null(db.Database.CurrentTransaction);
            db.Entries.Add(new LedgerEntry { Id = Guid.NewGuid(), Account = "committed", Amount = 2 });
            await db.SaveChangesAsync();
            Assert.Equal(["committed"], await db.Entries.Select(e => e.Account).ToListAsync());
        }
        Assert.False(gate.IsHeld);
    }

    [Fact]
    public async Task Contexts_of_concurrent_scopes_are_different_instances()
    {
        await using var one = _ledger.Services.CreateAsyncScope();
        await using var other = _ledger.Services.CreateAsyncScope();

        Assert.NotSame(one.ServiceProvider.GetRequiredService<LedgerContext>(), other.ServiceProvider.GetRequiredService<LedgerContext>());
        Assert.Same(one.ServiceProvider.GetRequiredService<LedgerContext>(), one.ServiceProvider.GetRequiredService<LedgerContext>());
    }

    [Fact]
    public async Task A_scope_keeps_its_sqlite_connection_open_sees_what_others_commit_meanwhile_and_leaves_it_open_for_the_next_scope()
    {
        var scope = _ledger.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
        var connection = db.Database.GetDbConnection();
        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.Equal(0, await db.Entries.CountAsync());

        await using (var other = _ledger.Services.CreateAsyncScope())
        {
            var writer = other.ServiceProvider.GetRequiredService<LedgerContext>();
            writer.Entries.Add(new LedgerEntry { Id = Guid.NewGuid(), Account = "meanwhile", Amount = 1 });
            await writer.SaveChangesAsync();
        }

        Assert.Equal(1, await db.Entries.CountAsync());
        Assert.Same(connection, db.Database.GetDbConnection());
        Assert.Equal(ConnectionState.Open, connection.State);
        await scope.DisposeAsync();

        // Open from lease to lease, so the statements prepared on it are kept (SqliteStatementCache).
        Assert.Equal(ConnectionState.Open, connection.State);
        await using var firstNext = _ledger.Services.CreateAsyncScope();
        await using var secondNext = _ledger.Services.CreateAsyncScope();
        Assert.Contains(connection, new[] { firstNext, secondNext }.Select(next => next.ServiceProvider.GetRequiredService<LedgerContext>().Database.GetDbConnection()));
    }
}
