using Npgsql;

namespace Azora.Hosting;

/// <summary>
/// A throwaway PostgreSQL cluster from the machine's own binaries, for <c>azora run --split --local-infra</c> and the split
/// tests: initdb into a temp folder, listening on 127.0.0.1 on a given port with trust authentication, one database
/// <c>azora</c>, removed on dispose. initdb refuses root, so as root the cluster belongs to the <c>postgres</c> OS user.
/// It can be stopped and started again on the same port with its data, as an operator restarting the database would.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    public const string Database = "azora";

    private readonly string _binaries;
    private readonly string _root;
    private readonly bool _durable;

    public int Port { get; }

    private LocalPostgres(string binaries, string root, int port, bool durable)
    {
        _binaries = binaries;
        _root = root;
        Port = port;
        _durable = durable;
    }

    private string DataDirectory => Path.Combine(_root, "data");

    private static string? RunAs => Environment.UserName == "root" ? ServiceUser : null;

    public string ConnectionString => ConnectionStringFor(Database);

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = ServiceUser,
        Database = database,
        Pooling = true,
    }.ToString();

    public static async Task<LocalPostgres> StartAsync(int port, bool durable = true)
    {
        var binaries = FindBinaries();
        var root = Path.Combine(Path.GetTempPath(), "azora-postgres", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var server = new LocalPostgres(binaries, root, port, durable);
        try
        {
            if (RunAs is { } user)
            {
                await ToolRunner.RunAsync("chown", ["-R", $"{user}:{user}", root]);
                // The temp root may be private to root; the service user only needs to reach its own folder.
                await ToolRunner.RunAsync("chmod", ["o+x", Path.GetDirectoryName(root)!]);
            }
            await server.ToolAsync("initdb", ["-D", server.DataDirectory, "-U", ServiceUser, "--auth=trust", "--no-sync", "-E", "UTF8"]);
            await server.StartAgainAsync();
            await using var connection = new NpgsqlConnection(server.ConnectionStringFor("postgres"));
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Database}\"", connection);
            await create.ExecuteNonQueryAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the stopped cluster again, on the same port with the same data.</summary>
    public Task StartAgainAsync()
    {
        var options = $"-c listen_addresses=127.0.0.1 -c port={Port} -c unix_socket_directories={_root} -c max_connections=300" + (_durable ? "" : " -c fsync=off");
        return ToolAsync("pg_ctl", ["-D", DataDirectory, "-o", options, "-l", Path.Combine(_root, "server.log"), "-w", "start"]);
    }

    /// <summary>Stops the cluster at once, dropping every connection, as a crash or a hard restart would.</summary>
    public async Task StopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await ToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static string FindBinaries()
    {
        const string versions = "/usr/lib/postgresql";
        var bin = Directory.Exists(versions)
            ? Directory.GetDirectories(versions)
                .Select(version => Path.Combine(version, "bin"))
                .Where(path => File.Exists(Path.Combine(path, "initdb")) && File.Exists(Path.Combine(path, "pg_ctl")))
                .OrderByDescending(path => int.TryParse(Path.GetFileName(Path.GetDirectoryName(path)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            $"No PostgreSQL server binaries (initdb, pg_ctl) under {versions}/*/bin: install them (apt-get install postgresql), or give --postgres.");
    }

    private Task<string> ToolAsync(string tool, IReadOnlyList<string> arguments) =>
        ToolRunner.RunAsync(Path.Combine(_binaries, tool), arguments, RunAs);
}
