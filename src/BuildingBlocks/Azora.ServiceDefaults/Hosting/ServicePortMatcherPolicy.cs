using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace Azora.ServiceDefaults.Hosting;

/// <summary>Marks an endpoint as belonging to the service that listens on <see cref="Port"/>.</summary>
public sealed record ServicePortMetadata(string ServiceId, int Port);

/// <summary>
/// In one process every service shares one route table; this policy keeps only the candidates of the service whose port
/// the connection arrived on, so two services may both map <c>/health/ready</c> or <c>/api/...</c> without colliding.
/// It reads the connection's local port, never the Host header, so a client cannot reach a service through another's
/// port; only the gateway, handing a request over to a service of the same process, presents it on that service's port.
/// </summary>
internal sealed class ServicePortMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => int.MinValue + 100;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(endpoint => endpoint.Metadata.GetMetadata<ServicePortMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var port = httpContext.Connection.LocalPort;
        for (var i = 0; i < candidates.Count; i++)
        {
            var owner = candidates[i].Endpoint.Metadata.GetMetadata<ServicePortMetadata>();
            if (owner is not null && owner.Port != port)
            {
                candidates.SetValidity(i, false);
            }
        }
        return Task.CompletedTask;
    }
}
