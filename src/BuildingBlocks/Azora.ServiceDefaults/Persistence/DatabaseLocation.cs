using Azora.ServiceDefaults.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Where one service's data lives: its own table prefix in the process's one SQLite file, or its own schema on PostgreSQL.
/// </summary>
/// <remarks>
/// On SQLite all services of a process share <see cref="SqliteFileName"/> with Wolverine's message store. That is what
/// makes the transactional outbox real there: a service's rows and the envelopes of the events it publishes commit in one
/// SQLite transaction, and Wolverine's durability agent recovers unsent envelopes from the same file after a crash.
/// (SQLite cannot commit atomically across files in WAL mode, so a file per service would need a store per file.)
/// </remarks>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString, string Schema)
{
    /// <summary>The one database file of a one-process platform, under the data directory.</summary>
    public const string SqliteFileName = "azora.db";

    /// <summary>Table prefix on SQLite; on PostgreSQL the schema itself separates services.</summary>
    public string TablePrefix => Schema + "_";

    /// <summary>EF's migrations history, one per service (on SQLite they share the file, so the name carries the schema).</summary>
    public string MigrationsHistoryTable => Provider == DatabaseProvider.Sqlite ? $"{TablePrefix}_ef_migrations_history" : "__ef_migrations_history";

    /// <summary>A catalog id as a schema or prefix: <c>user-service</c> becomes <c>user_service</c>.</summary>
    public static string SchemaFor(string serviceId) => serviceId.Replace('-', '_');

    /// <summary>The process's shared SQLite database under <paramref name="dataDirectory"/>.</summary>
    public static string SqliteConnectionString(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(Path.Combine(dataDirectory, SqliteFileName)),
        Pooling = true,
        // Writers wait for one another instead of failing with SQLITE_BUSY.
        DefaultTimeout = 30,
    }.ToString();

    public static DatabaseLocation For(string serviceId, PlatformOptions platform)
    {
        var schema = SchemaFor(serviceId);
        if (platform.Database == DatabaseProvider.Sqlite)
        {
            return new DatabaseLocation(DatabaseProvider.Sqlite, SqliteConnectionString(platform.DataDirectory), schema);
        }

        var connectionString = platform.PostgresConnectionString
            ?? throw new InvalidOperationException(
                "Azora:Database is Postgres but no connection string is configured: set ConnectionStrings:Postgres (env ConnectionStrings__Postgres).");
        var postgres = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        return new DatabaseLocation(DatabaseProvider.Postgres, postgres.ToString(), schema);
    }
}
