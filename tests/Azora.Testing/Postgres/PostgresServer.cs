using System.Diagnostics;
using Npgsql;

namespace Azora.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster started from the machine's own binaries: initdb into a temp folder, listening on
/// 127.0.0.1 on a free port with trust authentication, removed on dispose. initdb refuses to run as root, so as root
/// the cluster is created and run by the <c>postgres</c> OS user. Missing binaries fail the test with the fix
/// (test.sh installs PostgreSQL), never a silent skip.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private readonly string _binaries;
    private readonly string _root;

    public int Port { get; }

    private PostgresServer(string binaries, string root, int port)
    {
        _binaries = binaries;
        _root = root;
        Port = port;
    }

    private string DataDirectory => Path.Combine(_root, "data");

    /// <summary>A connection string to the cluster's <c>postgres</c> database as the superuser.</summary>
    public string AdminConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = ServiceUser,
        Database = database,
        Pooling = true,
    }.ToString();

    /// <summary>
    /// Starts a cluster. Tests run it without fsync (nothing must survive a machine crash); a benchmark asks for a
    /// <paramref name="durable"/> one, configured as production would be.
    /// </summary>
    public static async Task<PostgresServer> StartAsync(bool durable = false)
    {
        var binaries = FindBinaries();
        var root = Path.Combine(Path.GetTempPath(), "azora-postgres", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var server = new PostgresServer(binaries, root, FreePorts.Next());
        try
        {
            if (Environment.UserName == "root")
            {
                await RunAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", root], asServiceUser: false);
                // The temp root may be private to root; the service user only needs to reach its own folder.
                await RunAsync("chmod", ["o+x", Path.GetDirectoryName(root)!], asServiceUser: false);
            }
            await server.RunToolAsync("initdb", ["-D", server.DataDirectory, "-U", ServiceUser, "--auth=trust", "--no-sync", "-E", "UTF8"]);
            var options = $"-c listen_addresses=127.0.0.1 -c port={server.Port} -c unix_socket_directories={root} -c max_connections=200" + (durable ? "" : " -c fsync=off");
            await server.RunToolAsync("pg_ctl", ["-D", server.DataDirectory, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "start"]);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

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

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }
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
            $"No PostgreSQL server binaries (initdb, pg_ctl) under {versions}/*/bin. Install them (apt-get install postgresql); test.sh does this.");
    }

    private Task RunToolAsync(string tool, IReadOnlyList<string> arguments) =>
        RunAsync(Path.Combine(_binaries, tool), arguments, asServiceUser: Environment.UserName == "root");

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asServiceUser)
    {
        var start = new ProcessStartInfo(asServiceUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asServiceUser)
        {
            foreach (var part in new[] { "-u", ServiceUser, "--", program })
            {
                start.ArgumentList.Add(part);
            }
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
