using System.Runtime.CompilerServices;
using Azora.LoadBalancer.Domain;
using Microsoft.Extensions.Hosting;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Azora.LoadBalancer.Features.HealthChecks;

/// <summary>
/// Judges the gateway's readiness probes: a destination that answers 2xx is healthy, one that fails
/// <see cref="GatewayHealthCheckOptions.UnhealthyAfterFailures"/> probes in a row is unhealthy. Probes that ran before
/// this host was listening are not counted: when the gateway and the services share a process, YARP's first probe can
/// run before anything accepts connections, and those refusals say nothing about the services. Until a probe counts a
/// destination stays unknown, which keeps it in rotation; <see cref="ProbeOnceStarted"/> probes as soon as the host listens.
/// </summary>
internal sealed class ReadinessProbePolicy(IHostApplicationLifetime lifetime, IDestinationHealthUpdater health, GatewayOptions options)
    : IActiveHealthCheckPolicy
{
    public const string Name = "AzoraReadiness";

    private readonly ConditionalWeakTable<DestinationState, StrongBox<int>> _failuresInARow = [];

    string IActiveHealthCheckPolicy.Name => Name;

    public void ProbingCompleted(ClusterState cluster, IReadOnlyList<DestinationProbingResult> probingResults)
    {
        if (probingResults.Count == 0 || !lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return;
        }
        health.SetActive(cluster, [.. probingResults.Select(result => new NewActiveDestinationHealth(result.Destination, Judge(result)))]);
    }

    private DestinationHealth Judge(DestinationProbingResult result)
    {
        var failures = _failuresInARow.GetOrCreateValue(result.Destination);
        if (result.Response is { IsSuccessStatusCode: true })
        {
            Interlocked.Exchange(ref failures.Value, 0);
            return DestinationHealth.Healthy;
        }
        return Interlocked.Increment(ref failures.Value) >= options.HealthChecks.UnhealthyAfterFailures
            ? DestinationHealth.Unhealthy
            : result.Destination.Health.Active;
    }
}
