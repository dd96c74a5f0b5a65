using Microsoft.Extensions.Hosting;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Brings every hosted service's database up to date before Kestrel starts taking requests. The services find what
/// is pending together (each builds its own model, work for every core), then those with migrations to apply apply
/// them one after another: on SQLite they share one file, and one writer at a time is all it takes.
/// </summary>
internal sealed class MigrateOnStartup(IEnumerable<IDatabaseMigrator> migrators) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var all = migrators.ToList();
        var pending = await Task.WhenAll(all.Select(migrator => Task.Run(() => migrator.PendingAsync(cancellationToken), cancellationToken)));
        foreach (var (migrator, names) in all.Zip(pending))
        {
            if (names.Count > 0)
            {
                await migrator.MigrateAsync(cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
