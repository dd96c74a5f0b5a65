using Microsoft.Extensions.Hosting;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Health;

namespace Azora.LoadBalancer.Features.HealthChecks;

/// <summary>
/// Probes every destination the moment the host listens, instead of one probe interval later, so destinations the
/// first (uncounted) probes missed are judged right away.
/// </summary>
internal sealed class ProbeOnceStarted(IHostApplicationLifetime lifetime, IActiveHealthCheckMonitor monitor, IProxyStateLookup proxy)
    : IHostedService
{
    private CancellationTokenRegistration _registration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _registration = lifetime.ApplicationStarted.Register(() => _ = monitor.CheckHealthAsync(proxy.GetClusters()));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _registration.DisposeAsync().AsTask();
}
