using Azora.LoadBalancer.Domain;
using Azora.LoadBalancer.Features.EdgeRateLimiting;
using Azora.LoadBalancer.Features.HandOver;
using Azora.LoadBalancer.Features.HealthChecks;
using Azora.LoadBalancer.Features.InProcess;
using Azora.LoadBalancer.Features.Instances;
using Azora.LoadBalancer.Features.Proxying;
using Azora.LoadBalancer.Features.RequestIds;
using Azora.LoadBalancer.Features.Retries;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;

namespace Azora.LoadBalancer;

/// <summary>
/// The gateway: <c>/&lt;service-id&gt;/...</c> on its port goes to that service's instances, balanced and health-checked,
/// idempotent requests retried on another instance, with a request id and an edge rate limit; failures come back as
/// problem details; a service whose one instance is this process gets its requests handed over where they are.
/// <c>/api/instances</c> lets a supervisor put instances into rotation and drain them at runtime.
/// </summary>
public sealed class LoadBalancerService : IAzoraService
{
    public string Id => ServiceCatalog.GatewayId;

    public void AddServices(ServiceBuilder builder)
    {
        var options = GatewayOptions.From(builder.Configuration);
        var routes = GatewayRoutes.Build(ServiceCatalog.Current, builder.Platform, options);
        var registry = new InstanceRegistry(routes, options);
        var gatewayPort = builder.Platform.PortOf(builder.Entry);

        builder.Services.AddReverseProxy();
        // Services of this same process are reached in memory rather than through loopback TCP (Features/InProcess).
        builder.Services.AddSingleton<InProcessListeners>();
        builder.Services.AddSingleton<IConnectionListenerFactory, InProcessTransportFactory>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IForwarderHttpClientFactory, InProcessForwarderClients>());
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Retries);
        builder.Services.AddSingleton(registry);
        builder.Services.AddSingleton<IProxyConfigProvider>(registry.Provider);
        builder.Services.AddSingleton<IActiveHealthCheckPolicy, ReadinessProbePolicy>();
        builder.Services.AddHostedService<ProbeOnceStarted>();
        builder.Services.Configure<TransportFailureRateHealthPolicyOptions>(passive =>
        {
            passive.DefaultFailureRateLimit = options.HealthChecks.PassiveFailureRate;
            passive.MinimalTotalCountThreshold = options.HealthChecks.PassiveMinimumRequests;
            passive.DetectionWindowSize = options.HealthChecks.PassiveWindow;
        });
        builder.Services.AddSingleton<IdempotentRetries>();
        builder.Services.AddSingleton(provider => new EdgeRateLimiter(options.RateLimit, provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IStartupFilter>(new RequestIdStartupFilter(gatewayPort));
        // A service whose one instance is this process gets its requests where they are, without a second request.
        builder.Services.AddSingleton(provider => new SameProcessHandOver(
            routes.Clusters.Select(cluster => cluster.ClusterId),
            provider.GetRequiredService<IProxyStateLookup>(),
            provider.GetRequiredService<InProcessListeners>(),
            provider.GetRequiredService<EdgeRateLimiter>()));
        builder.Services.AddSingleton<IStartupFilter>(new HandOverStartupFilter(gatewayPort));
    }

    /// <summary>Mapped inside the host's port-scoped group, so the proxy routes answer only on the gateway's port.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var instances = endpoints.MapGroup("/api/instances")
            .WithTags("Instances")
            .RequireAuthorization(InstanceAccess.AdminsAndSupervisors)
            .ValidateDataAnnotations();
        ListInstances.Map(instances);
        RegisterInstance.Map(instances);
        RemoveInstance.Map(instances);

        endpoints.MapReverseProxy(proxy =>
        {
            var edge = proxy.ApplicationServices.GetRequiredService<EdgeRateLimiter>();
            proxy.Use((context, next) => edge.InvokeAsync(context, next));
            proxy.Use(ProxyFailureProblems.WriteOnFailureAsync);
            proxy.UseSessionAffinity();
            proxy.Use((context, next) => context.RequestServices.GetRequiredService<IdempotentRetries>().InvokeAsync(context, next));
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        })
        .WithMetadata(new DisableRateLimitingAttribute());
    }
}
