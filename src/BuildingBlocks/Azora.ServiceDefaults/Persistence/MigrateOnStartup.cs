using Microsoft.Extensions.Hosting;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>Brings every hosted service's database up to date before Kestrel starts taking requests.</summary>
internal sealed class MigrateOnStartup(IEnumerable<IDatabaseMigrator> migrators) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var migrator in migrators)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
