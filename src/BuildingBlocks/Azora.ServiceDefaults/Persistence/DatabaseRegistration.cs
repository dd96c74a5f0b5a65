using Azora.ServiceDefaults.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// A service's own database: a SQLite file under the data directory in one-process mode, or its own schema on PostgreSQL.
/// Each provider has its own migrations, kept on a context type derived for that provider (EF Core's guidance for
/// several providers); the service itself only ever injects <typeparamref name="TContext"/>, leased from a pool of the
/// provider's contexts for the scope (<see cref="PooledContexts"/>).
/// </summary>
public static class DatabaseRegistration
{
    public static ServiceBuilder AddDatabase<TContext, TSqliteContext, TPostgresContext>(this ServiceBuilder builder)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TPostgresContext : TContext
    {
        var location = DatabaseLocation.For(builder.Entry.Id, builder.Platform);
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            builder.Services.AddPooledContext<TContext, TSqliteContext>(location);
        }
        else
        {
            builder.Services.AddPooledContext<TContext, TPostgresContext>(location);
        }

        builder.Services.AddSingleton<IDatabaseMigrator>(services => new DatabaseMigrator<TContext>(builder.Entry.Id, location, services));
        builder.AddReadinessCheck<DatabaseReadinessCheck<TContext>>("database");
        return builder;
    }

    /// <summary>
    /// Points a context at a service's database: provider, migrations history table and, on SQLite, the table prefix,
    /// the per-connection settings (<see cref="SqliteConnectionSettings"/>), a connection kept open from lease to lease
    /// with its prepared statements (<see cref="KeptOpenSqliteConnection"/>, <see cref="SqliteStatementCache"/>) and the
    /// file's one-writer-at-a-time gate (<see cref="SqliteWriteGate"/>), shared by every context on the file.
    /// </summary>
    public static DbContextOptionsBuilder UseLocation(this DbContextOptionsBuilder options, DatabaseLocation location) =>
        location.Provider == DatabaseProvider.Sqlite
            ? options
                .UseSqlite(location.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(location.MigrationsHistoryTable))
                .UseTablePrefix(location.TablePrefix)
                .KeepConnectionOpenFromLeaseToLease()
                .AddInterceptors(SqliteConnectionSettings.Instance, SqliteStatementCache.Instance, SqliteWriteGate.For(location.ConnectionString).Interceptor)
            : options.UseNpgsql(
                location.ConnectionString,
                npgsql => npgsql.MigrationsHistoryTable(location.MigrationsHistoryTable, location.Schema));
}
