using System.Collections.Concurrent;
using Azora.SelfHealingOrchestrator.Domain;
using Azora.SelfHealingOrchestrator.Supervision;
using Azora.Testing;

namespace Azora.SelfHealingOrchestrator.Tests;

/// <summary>
/// Real, tiny child processes for the supervisor: Python's own HTTP server, whose <c>/health/ready</c> is a file the test
/// creates or deletes, and shell one-liners that exit at once.
/// </summary>
internal sealed class TinyProcesses : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "azora-supervisor-tests", Guid.NewGuid().ToString("N"));

    public TinyProcesses() => Directory.CreateDirectory(_root);

    public string LogDirectory => Path.Combine(_root, "logs");

    /// <summary>An HTTP server on a free port that is ready while its ready file exists.</summary>
    public ProcessSpec WebServer(string instanceId, bool ready = true)
    {
        var site = Path.Combine(_root, instanceId);
        Directory.CreateDirectory(Path.Combine(site, "health"));
        if (ready)
        {
            MarkReady(instanceId, true);
        }
        var port = FreePorts.Next();
        return new ProcessSpec(instanceId, "tiny-web", new Uri($"http://127.0.0.1:{port}/"), "python3",
            ["-m", "http.server", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--directory", site],
            new Dictionary<string, string>(), Tier: 0, InGateway: true);
    }

    public void MarkReady(string instanceId, bool ready)
    {
        var file = Path.Combine(_root, instanceId, "health", "ready");
        if (ready)
        {
            File.WriteAllText(file, "Healthy");
        }
        else
        {
            File.Delete(file);
        }
    }

    /// <summary>A process that exits with <paramref name="exitCode"/> as soon as it starts.</summary>
    public static ProcessSpec Crashing(string instanceId, int exitCode) =>
        new(instanceId, "tiny-crash", new Uri($"http://127.0.0.1:{FreePorts.Next()}/"), "sh", ["-c", $"exit {exitCode}"],
            new Dictionary<string, string>(), Tier: 0, InGateway: true);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}

/// <summary>What the supervisor recorded, in order.</summary>
internal sealed class RecordingJournal : ISupervisionJournal
{
    private readonly ConcurrentQueue<SupervisionRecord> _records = new();

    public IReadOnlyList<SupervisionRecord> Records => [.. _records];

    public IReadOnlyList<SupervisionRecord> Of(string instanceId, ProcessEventKind kind) =>
        [.. _records.Where(r => r.InstanceId == instanceId && r.Kind == kind)];

    public Task JoinAsync(ProcessSpec spec, Guid runId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RecordAsync(SupervisionRecord record, CancellationToken cancellationToken)
    {
        _records.Enqueue(record);
        return Task.CompletedTask;
    }
}

/// <summary>The gateway's rotation as the supervisor left it, and every call in order.</summary>
internal sealed class RecordingGateway : IGatewayRegistry
{
    private readonly ConcurrentDictionary<string, bool> _inRotation = new();
    private readonly ConcurrentQueue<string> _calls = new();

    public IReadOnlyList<string> Calls => [.. _calls];

    private int _refusals;

    public bool InRotation(string instanceId) => _inRotation.GetValueOrDefault(instanceId);

    /// <summary>The next <paramref name="count"/> registrations fail, as when the gateway is restarting.</summary>
    public void Refuse(int count) => _refusals = count;

    public Task<bool> RegisterAsync(ProcessSpec instance, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _refusals) >= 0)
        {
            _calls.Enqueue($"refused {instance.InstanceId}");
            return Task.FromResult(false);
        }
        _inRotation[instance.InstanceId] = true;
        _calls.Enqueue($"register {instance.InstanceId}");
        return Task.FromResult(true);
    }

    public Task DrainAsync(ProcessSpec instance, CancellationToken cancellationToken)
    {
        _inRotation[instance.InstanceId] = false;
        _calls.Enqueue($"drain {instance.InstanceId}");
        return Task.CompletedTask;
    }
}
