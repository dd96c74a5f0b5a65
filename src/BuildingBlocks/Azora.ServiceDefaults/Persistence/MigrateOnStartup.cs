using Microsoft.Extensions.Hosting;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>Brings every hosted service's database up to date before Kestrel starts taking requests.</summary>
internal sealed class MigrateOnStartup(IEnumerable<IDatabaseMigrator> migrators) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The first look at a database builds its service's EF model, most of the time this takes: the services' models
        // are built side by side, reading only. The changes are then made one service at a time, as `azora migrate` does.
        await Task.WhenAll(migrators.Select(migrator => Task.Run(() => migrator.PendingAsync(cancellationToken), cancellationToken)));
        foreach (var migrator in migrators)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
