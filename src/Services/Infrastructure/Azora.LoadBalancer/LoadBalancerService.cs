using Azora.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Azora.LoadBalancer;

public sealed class LoadBalancerService : IAzoraService
{
    public string Id => "load-balancer";

    public void AddServices(ServiceBuilder builder)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
