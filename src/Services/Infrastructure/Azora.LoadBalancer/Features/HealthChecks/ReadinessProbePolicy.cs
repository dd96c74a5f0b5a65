using Azora.LoadBalancer.Domain;
using Microsoft.Extensions.Hosting;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Azora.LoadBalancer.Features.HealthChecks;

/// <summary>
/// Judges the gateway's readiness probes: a destination that answers 2xx is healthy, one that fails
/// <see cref="GatewayHealthCheckOptions.UnhealthyAfterFailures"/> probe rounds in a row is unhealthy. Probes that ran before
/// this host was listening are not counted: when the gateway and the services share a process, YARP's first probe can
/// run before anything accepts connections, and those refusals say nothing about the services. Until a probe counts a
/// destination stays unknown, which keeps it in rotation; <see cref="ProbeOnceStarted"/> probes as soon as the host listens.
/// That extra round can overlap a periodic one, and both then see the same moment of the destination (a first request
/// that is slow to answer fails both): <see cref="FailuresInARow"/> counts them once.
/// </summary>
internal sealed class ReadinessProbePolicy(
    IHostApplicationLifetime lifetime, IDestinationHealthUpdater health, GatewayOptions options, TimeProvider clock)
    : IActiveHealthCheckPolicy
{
    public const string Name = "AzoraReadiness";

    private readonly FailuresInARow _failures = new(clock, options.HealthChecks.Interval);

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
        if (result.Response is { IsSuccessStatusCode: true })
        {
            _failures.Reset(result.Destination);
            return DestinationHealth.Healthy;
        }
        return _failures.Add(result.Destination) >= options.HealthChecks.UnhealthyAfterFailures
            ? DestinationHealth.Unhealthy
            : result.Destination.Health.Active;
    }
}
