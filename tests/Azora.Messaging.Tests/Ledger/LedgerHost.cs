using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Messaging;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine.Persistence.Durability;

namespace Azora.Messaging.Tests.Ledger;

/// <summary>
/// A process hosting only the test ledger, registered through the same calls the platform host makes
/// (<c>AddDatabase</c>, then <c>AddAzoraMessaging</c> for the hosted assemblies), so its database and Wolverine runtime
/// are configured exactly as a real service's are.
/// </summary>
public sealed class LedgerHost : IAsyncDisposable
{
    private LedgerHost(IHost host) => Host = host;

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<LedgerHost> StartAsync(PlatformOptions platform)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            DisableDefaults = true,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        var entry = new CatalogEntry(LedgerService.Id, 0, "infrastructure", "tests/Azora.Messaging.Tests", "Test ledger", ServiceStatus.Implemented);
        new ServiceBuilder(builder.Services, builder.Configuration, builder.Environment, entry, platform)
            .AddDatabase<LedgerContext, SqliteLedgerContext, PostgresLedgerContext>();
        builder.Services.AddAzoraDataProtection(platform);
        builder.Services.AddAzoraMessaging(platform, [(LedgerService.Id, typeof(LedgerContext).Assembly)]);

        var host = builder.Build();
        foreach (var migrator in host.Services.GetServices<IDatabaseMigrator>())
        {
            await migrator.MigrateAsync(CancellationToken.None);
        }
        await host.StartAsync();
        return new LedgerHost(host);
    }

    /// <summary>Runs <paramref name="work"/> with a fresh scope's ledger context.</summary>
    public async Task<T> QueryAsync<T>(Func<LedgerContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LedgerContext>());
    }

    /// <summary>Reads the ledger's database with no host running, as an operator would after a crash.</summary>
    public static async Task<T> ReadAsync<T>(PlatformOptions platform, Func<LedgerContext, Task<T>> read)
    {
        var location = DatabaseLocation.For(LedgerService.Id, platform);
        await using LedgerContext db = location.Provider == DatabaseProvider.Sqlite
            ? new SqliteLedgerContext((DbContextOptions<SqliteLedgerContext>)new DbContextOptionsBuilder<SqliteLedgerContext>().UseLocation(location).Options)
            : new PostgresLedgerContext((DbContextOptions<PostgresLedgerContext>)new DbContextOptionsBuilder<PostgresLedgerContext>().UseLocation(location).Options);
        return await read(db);
    }

    /// <summary>
    /// Polls until the ledger's handler has received the credit for <paramref name="entryId"/>, or fails at the deadline
    /// (a minute by default: the handler's write waits its turn on a file that a loaded machine shares with other tests),
    /// saying where Wolverine's store has the envelopes.
    /// </summary>
    public async Task WaitForCreditAsync(Guid entryId, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromMinutes(1);
        var deadline = DateTimeOffset.UtcNow.Add(limit);
        while (!await QueryAsync(db => db.ReceivedCredits.AnyAsync(c => c.EntryId == entryId)))
        {
            if (DateTimeOffset.UtcNow >= deadline)
            {
                var counts = await Services.GetRequiredService<IMessageStore>().Admin.FetchCountsAsync();
                Assert.Fail($"The credit for {entryId} was not handled within {limit}. Wolverine's store holds {counts.Incoming} incoming, " +
                    $"{counts.Handled} handled, {counts.Outgoing} outgoing, {counts.Scheduled} scheduled and {counts.DeadLetter} dead-letter envelopes.");
            }
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
