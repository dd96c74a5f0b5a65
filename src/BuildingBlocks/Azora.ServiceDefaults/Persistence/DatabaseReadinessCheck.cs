using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Ready when the service's database answers a query and its migrations are applied.
/// <list type="bullet">
/// <item>The database answers <c>SELECT 1</c> on a pooled connection. EF's <c>CanConnectAsync</c> is not used: on
/// PostgreSQL it opens a new, unpooled connection every time, so every probe would start and end a server process.</item>
/// <item>Pending migrations are looked for only until there are none. Looking opens another unpooled connection on
/// PostgreSQL and reads the catalog and the history table. Migrations are applied before the host listens (or by
/// <c>azora migrate</c>) and the platform never takes one back, so once a database has them it keeps them; a process
/// remembers that per context type and database, and from then on a probe is the one query.</item>
/// </list>
/// </summary>
internal sealed class DatabaseReadinessCheck<TContext>(IServiceScopeFactory scopes) : IHealthCheck where TContext : DbContext
{
    /// <summary>The databases (by connection string) where this context's migrations were seen applied.</summary>
    private static readonly ConcurrentDictionary<string, bool> Migrated = new(StringComparer.Ordinal);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
            await AnswerAsync(database, cancellationToken);

            var connectionString = database.GetConnectionString() ?? string.Empty;
            if (!Migrated.ContainsKey(connectionString))
            {
                var pending = (await database.GetPendingMigrationsAsync(cancellationToken)).Count();
                if (pending > 0)
                {
                    return HealthCheckResult.Unhealthy($"{pending} migrations are not applied.");
                }
                Migrated.TryAdd(connectionString, true);
            }
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", error);
        }
    }

    /// <summary>
    /// One round trip on the context's own (pooled) connection. The command goes to the connection directly: through EF,
    /// raw SQL would count as a write on SQLite and wait for the file's write turn.
    /// </summary>
    private static async Task AnswerAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
