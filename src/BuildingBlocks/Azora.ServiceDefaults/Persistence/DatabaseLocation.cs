using Azora.ServiceDefaults.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>Where one service's data lives: its own SQLite file, or its own schema on PostgreSQL.</summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString, string Schema)
{
    public static DatabaseLocation For(string serviceId, PlatformOptions platform)
    {
        var schema = serviceId.Replace('-', '_');
        if (platform.Database == DatabaseProvider.Sqlite)
        {
            var sqlite = new SqliteConnectionStringBuilder
            {
                DataSource = Path.GetFullPath(Path.Combine(platform.DataDirectory, $"{serviceId}.db")),
                Pooling = true,
                // Writers wait for one another instead of failing with SQLITE_BUSY.
                DefaultTimeout = 30,
            };
            return new DatabaseLocation(DatabaseProvider.Sqlite, sqlite.ToString(), schema);
        }

        var connectionString = platform.PostgresConnectionString
            ?? throw new InvalidOperationException(
                "Azora:Database is Postgres but no connection string is configured: set ConnectionStrings:Postgres (env ConnectionStrings__Postgres).");
        var postgres = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        return new DatabaseLocation(DatabaseProvider.Postgres, postgres.ToString(), schema);
    }
}
