using Azora.LoadBalancer.Domain;
using Azora.LoadBalancer.Features.EdgeRateLimiting;
using Azora.LoadBalancer.Features.Proxying;
using Azora.LoadBalancer.Features.RequestIds;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.LoadBalancer;

/// <summary>
/// The gateway: <c>/&lt;service-id&gt;/...</c> on its port goes to that service's instances, balanced and health-checked,
/// with a request id and an edge rate limit; failures come back as problem details.
/// </summary>
public sealed class LoadBalancerService : IAzoraService
{
    public string Id => ServiceCatalog.GatewayId;

    public void AddServices(ServiceBuilder builder)
    {
        var options = GatewayOptions.From(builder.Configuration);
        var gateway = GatewayRoutes.Build(ServiceCatalog.Current, builder.Platform, options);

        builder.Services.AddReverseProxy().LoadFromMemory(gateway.Routes, gateway.Clusters);
        builder.Services.AddGatewayEdgeRateLimiting(options.RateLimit);
        builder.Services.AddSingleton<IStartupFilter>(new RequestIdStartupFilter(builder.Platform.PortOf(builder.Entry)));
    }

    /// <summary>Mapped inside the host's port-scoped group, so the proxy routes answer only on the gateway's port.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReverseProxy(proxy =>
        {
            proxy.Use(ProxyFailureProblems.WriteOnFailureAsync);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
    }
}
