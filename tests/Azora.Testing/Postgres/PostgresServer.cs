using Azora.Hosting;
using Npgsql;

namespace Azora.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: the host's <see cref="LocalPostgres"/> (the machine's own binaries, a temp
/// folder, trust authentication on 127.0.0.1) on a free port, where each test class makes databases of its own. Missing
/// binaries fail the test with the fix (test.sh installs PostgreSQL), never a silent skip.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly LocalPostgres _cluster;

    private PostgresServer(LocalPostgres cluster) => _cluster = cluster;

    public int Port => _cluster.Port;

    /// <summary>A connection string to the cluster's <c>postgres</c> database as the superuser.</summary>
    public string AdminConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) => _cluster.ConnectionStringFor(database);

    /// <summary>
    /// Starts a cluster. Tests run it without fsync (nothing must survive a machine crash); a benchmark asks for a
    /// <paramref name="durable"/> one, configured as production would be.
    /// </summary>
    public static async Task<PostgresServer> StartAsync(bool durable = false) =>
        new(await LocalPostgres.StartAsync(FreePorts.Next(), durable));

    /// <summary>A new, empty database on the cluster; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "azora")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();
}
