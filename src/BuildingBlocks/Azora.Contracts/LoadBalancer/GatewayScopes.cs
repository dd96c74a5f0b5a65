namespace Azora.Contracts.LoadBalancer;

/// <summary>Scopes of load-balancer's own API, granted to service clients through client credentials.</summary>
public static class GatewayScopes
{
    /// <summary>Register and drain instances (<c>PUT</c>/<c>DELETE /api/instances/{serviceId}/{instanceId}</c>) and list them.</summary>
    public const string Instances = "gateway.instances";
}
