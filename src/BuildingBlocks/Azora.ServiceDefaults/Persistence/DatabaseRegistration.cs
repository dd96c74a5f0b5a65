using Azora.ServiceDefaults.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// A service's own database: a SQLite file under the data directory in one-process mode, or its own schema on PostgreSQL.
/// Each provider has its own migrations, kept on a context type derived for that provider (EF Core's guidance for
/// several providers); the service itself only ever injects <typeparamref name="TContext"/>.
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
            builder.Services.AddDbContext<TContext, TSqliteContext>(options => options.UseSqlite(location.ConnectionString));
        }
        else
        {
            builder.Services.AddDbContext<TContext, TPostgresContext>(options => options.UseNpgsql(
                location.ConnectionString,
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", location.Schema)));
        }

        builder.Services.AddSingleton<IDatabaseMigrator>(services => new DatabaseMigrator<TContext>(builder.Entry.Id, location, services));
        builder.AddReadinessCheck<DatabaseReadinessCheck<TContext>>("database");
        return builder;
    }
}
