using Azora.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>Applies one service's migrations; the host runs every migrator at start-up and <c>azora migrate</c> on demand.</summary>
public interface IDatabaseMigrator
{
    string ServiceId { get; }

    /// <summary>The names of the migrations the database lacks; changes nothing.</summary>
    Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>Applies what is pending and returns the names of the migrations it applied.</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken);
}

internal sealed class DatabaseMigrator<TContext>(string serviceId, DatabaseLocation location, IServiceProvider services)
    : IDatabaseMigrator where TContext : DbContext
{
    public string ServiceId => serviceId;

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
        CreateSqliteDirectory(database);
        return [.. await database.GetPendingMigrationsAsync(cancellationToken)];
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
        CreateSqliteDirectory(database);
        if (location.Provider == DatabaseProvider.Postgres)
        {
            // Tables are created unqualified in the search path, which is the service's own schema. The schema name is
            // derived from a catalog id (lowercase letters, digits, underscores), never from a request.
#pragma warning disable EF1002
            await database.ExecuteSqlRawAsync($"CREATE SCHEMA IF NOT EXISTS \"{location.Schema}\"", cancellationToken);
#pragma warning restore EF1002
        }

        var pending = (await database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            // With nothing pending, MigrateAsync would only take and release EF's migration lock: writes and commits
            // for every service at every start-up, for nothing.
            await database.MigrateAsync(cancellationToken);
        }
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers proceed while one writer commits; the setting is stored in the file.
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        return pending;
    }

    private void CreateSqliteDirectory(DatabaseFacade database)
    {
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database.GetDbConnection().DataSource)!);
        }
    }
}
