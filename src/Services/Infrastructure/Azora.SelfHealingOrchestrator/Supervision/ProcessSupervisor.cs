using Azora.ServiceDefaults.Catalog;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>
/// Runs the whole plan: tier by tier (session-service, then the services, then the gateway), each tier ready before
/// the next starts; every instance under its own <see cref="InstanceSupervisor"/>. On shutdown the gateway stops first,
/// then every service at once: SIGTERM, a grace period, SIGKILL.
/// </summary>
internal sealed class ProcessSupervisor(
    IReadOnlyList<ProcessSpec> plan,
    SupervisorOptions options,
    IReadinessProbe probe,
    IGatewayRegistry gateway,
    ISupervisionJournal journal,
    TimeProvider clock,
    ILogger<ProcessSupervisor> logger) : BackgroundService
{
    private readonly List<InstanceSupervisor> _instances = [];
    private readonly List<Task> _running = [];
    private readonly Lock _gate = new();
    private readonly GatewayRotation _rotation = new(gateway, open: !plan.Any(spec => spec.ServiceId == ServiceCatalog.GatewayId));

    public Guid RunId { get; } = Guid.CreateVersion7();

    public IReadOnlyList<InstanceSupervisor> Instances
    {
        get
        {
            lock (_gate)
            {
                return [.. _instances];
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var spec in plan)
        {
            await journal.JoinAsync(spec, RunId, stoppingToken);
        }
        foreach (var tier in plan.GroupBy(spec => spec.Tier).OrderBy(group => group.Key))
        {
            var started = tier.Select(spec => Launch(spec, stoppingToken)).ToList();
            var settled = await Task.WhenAll(started.Select(instance => instance.FirstSettled)).WaitAsync(stoppingToken);
            if (settled.All(ready => ready))
            {
                logger.LogInformation("Tier {Tier} is ready: {Instances}.", tier.Key, string.Join(", ", started.Select(i => i.Spec.InstanceId)));
            }
            else
            {
                logger.LogError("Tier {Tier} started with crash-looping instances: {Instances}; starting the next tier anyway.",
                    tier.Key, string.Join(", ", started.Where(i => i.GaveUp).Select(i => i.Spec.InstanceId)));
            }
        }
        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
        }
        await Task.WhenAll(running);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var instances = Instances;
        var gateways = instances.Where(i => i.Spec.ServiceId == ServiceCatalog.GatewayId).ToList();
        await Task.WhenAll(gateways.Select(i => i.StopAsync(cancellationToken)));
        if (gateways.Count > 0)
        {
            _rotation.Close();
        }
        await Task.WhenAll(instances.Except(gateways).Select(i => i.StopAsync(cancellationToken)));
        logger.LogInformation("Stopped every supervised process.");
    }

    private InstanceSupervisor Launch(ProcessSpec spec, CancellationToken stoppingToken)
    {
        var onReady = spec.ServiceId == ServiceCatalog.GatewayId ? RegisterEveryReadyInstanceAsync : (Func<InstanceSupervisor, CancellationToken, Task>?)null;
        var instance = new InstanceSupervisor(spec, RunId, options, probe, _rotation, journal, clock, logger, onReady);
        lock (_gate)
        {
            _instances.Add(instance);
            _running.Add(Task.Run(() => instance.RunAsync(stoppingToken), CancellationToken.None));
        }
        return instance;
    }

    /// <summary>A gateway that (re)starts learns every ready instance, including those that became ready before it ran.</summary>
    private async Task RegisterEveryReadyInstanceAsync(InstanceSupervisor _, CancellationToken cancellationToken)
    {
        _rotation.Open();
        foreach (var instance in Instances.Where(i => i.IsReady))
        {
            await instance.EnterRotationAsync(cancellationToken);
        }
    }

    /// <summary>The gateway's rotation once the gateway runs: before that, there is nobody to tell, and it is told everything when it is ready.</summary>
    private sealed class GatewayRotation(IGatewayRegistry gateway, bool open) : IGatewayRegistry
    {
        private volatile bool _open = open;

        public void Open() => _open = true;

        /// <summary>The gateway has stopped: there is nobody left to tell.</summary>
        public void Close() => _open = false;

        /// <summary>While the gateway is not running there is nothing to do yet: it learns every ready instance once it is.</summary>
        public Task<bool> RegisterAsync(ProcessSpec instance, CancellationToken cancellationToken) =>
            _open ? gateway.RegisterAsync(instance, cancellationToken) : Task.FromResult(true);

        public Task DrainAsync(ProcessSpec instance, CancellationToken cancellationToken) =>
            _open ? gateway.DrainAsync(instance, cancellationToken) : Task.CompletedTask;
    }
}
