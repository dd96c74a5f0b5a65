using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Azora.Hosting;

/// <summary>
/// A throwaway RabbitMQ broker from Debian's <c>rabbitmq-server</c>, for <c>azora run --split --local-infra</c> and the
/// split tests: its own node name, Erlang cookie (in its own HOME), database and logs in a temp folder, listening on
/// 127.0.0.1 with its own AMQP, distribution and epmd ports, so it never meets another broker on the machine. It can be
/// stopped and started again with its data, as an operator restarting the broker would; dispose removes it.
/// </summary>
public sealed class LocalRabbitMq : IAsyncDisposable
{
    private static readonly string[] ServerScripts = ["/usr/lib/rabbitmq/bin/rabbitmq-server", "/usr/sbin/rabbitmq-server"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly string _script;
    private readonly string _root;
    private readonly int _distributionPort;
    private readonly int _epmdPort;
    private Process? _server;

    public int Port { get; }

    private LocalRabbitMq(string script, string root, int port, int distributionPort, int epmdPort)
    {
        _script = script;
        _root = root;
        Port = port;
        _distributionPort = distributionPort;
        _epmdPort = epmdPort;
    }

    /// <summary>The broker's default guest account, which RabbitMQ accepts from loopback only.</summary>
    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/";

    public bool IsRunning => _server is { HasExited: false };

    /// <summary>Starts a broker on <paramref name="port"/>; its Erlang distribution and epmd take the two ports given beside it.</summary>
    public static async Task<LocalRabbitMq> StartAsync(int port, int distributionPort, int epmdPort)
    {
        var script = ServerScripts.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "No RabbitMQ broker (rabbitmq-server) on this machine: install it (apt-get install rabbitmq-server), or give --rabbitmq.");
        var root = Path.Combine(Path.GetTempPath(), "azora-rabbitmq", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "home"));
        // No plugins: the broker needs none, and the machine's own list must not apply.
        await File.WriteAllTextAsync(Path.Combine(root, "enabled_plugins"), "[].\n");
        var broker = new LocalRabbitMq(script, root, port, distributionPort, epmdPort);
        try
        {
            await broker.StartAgainAsync();
            return broker;
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the (stopped) broker and waits until it accepts AMQP connections.</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            return;
        }
        var start = new ProcessStartInfo(_script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _root,
        };
        foreach (var (name, value) in BrokerEnvironment())
        {
            start.Environment[name] = value;
        }
        var log = Path.Combine(_root, "console.log");
        _server?.Dispose();
        _server = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_script}.");
        _ = CopyAsync(_server.StandardOutput, log);
        _ = CopyAsync(_server.StandardError, Path.Combine(_root, "console-errors.log"));

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await AcceptsConnectionsAsync())
        {
            if (_server.HasExited || DateTime.UtcNow > deadline)
            {
                var output = File.Exists(log) ? await File.ReadAllTextAsync(log) : "";
                throw new InvalidOperationException($"RabbitMQ did not start on port {Port}: {output}");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>Stops the broker: SIGTERM (a clean shutdown, as <c>systemctl stop</c> does), or SIGKILL when <paramref name="crash"/>.</summary>
    public async Task StopAsync(bool crash = false)
    {
        if (_server is not { HasExited: false } server)
        {
            return;
        }
        if (crash)
        {
            server.Kill(entireProcessTree: true);
        }
        else
        {
            await ToolRunner.RunAsync("kill", ["-TERM", server.Id.ToString(CultureInfo.InvariantCulture)]);
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await server.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _server?.Dispose();
        try
        {
            // The Erlang VM starts its own epmd on the broker's epmd port; it outlives the broker unless told to stop.
            await ToolRunner.RunAsync("epmd", ["-kill"], environment: new Dictionary<string, string> { ["ERL_EPMD_PORT"] = _epmdPort.ToString(CultureInfo.InvariantCulture) }, timeout: TimeSpan.FromSeconds(10));
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // No epmd was left running.
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

    private Dictionary<string, string> BrokerEnvironment()
    {
        var node = $"azora-{Path.GetFileName(_root)[..12]}@localhost";
        return new Dictionary<string, string>
        {
            // The Erlang cookie lives in HOME: a fresh one per broker.
            ["HOME"] = Path.Combine(_root, "home"),
            ["RABBITMQ_NODENAME"] = node,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_PORT"] = _epmdPort.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_root, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_root, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_root, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_root, "rabbitmq"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(_root, "advanced.config"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(_root, "rabbitmq.pid"),
        };
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task CopyAsync(StreamReader from, string path)
    {
        while (await from.ReadLineAsync() is { } line)
        {
            await File.AppendAllTextAsync(path, line + "\n");
        }
    }
}
