using Azora.LoadBalancer.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Azora.LoadBalancer.Features.Instances;

/// <summary>
/// One destination as the gateway sees it now: the verdict of its readiness probes (<c>active</c>) and of real traffic
/// (<c>passive</c>), each Unknown, Healthy or Unhealthy; whether new requests may go to it; and how many are in flight.
/// </summary>
internal sealed record InstanceState(
    string ServiceId,
    string InstanceId,
    string Address,
    string ActiveHealth,
    string PassiveHealth,
    bool InRotation,
    int RequestsInFlight);

internal sealed record InstanceList(IReadOnlyList<InstanceState> Instances);

/// <summary>Every instance behind every route, with its health.</summary>
internal static class ListInstances
{
    public static void Map(IEndpointRouteBuilder instances) =>
        instances.MapGet(string.Empty, Handle)
            .WithName("ListInstances")
            .WithSummary("List every instance behind the gateway with its active and passive health.");

    private static Ok<InstanceList> Handle(InstanceRegistry registry, IProxyStateLookup proxy) =>
        TypedResults.Ok(new InstanceList([.. registry.All().Select(instance => StateOf(instance, proxy))]));

    private static InstanceState StateOf(RegisteredInstance instance, IProxyStateLookup proxy)
    {
        DestinationState? destination = null;
        var inRotation = false;
        if (proxy.TryGetCluster(instance.ServiceId, out var cluster)
            && cluster.Destinations.TryGetValue(instance.InstanceId, out destination))
        {
            inRotation = cluster.DestinationsState.AvailableDestinations.Contains(destination);
        }
        return new InstanceState(
            instance.ServiceId,
            instance.InstanceId,
            instance.Address.ToString(),
            (destination?.Health.Active ?? DestinationHealth.Unknown).ToString(),
            (destination?.Health.Passive ?? DestinationHealth.Unknown).ToString(),
            inRotation,
            destination?.ConcurrentRequestCount ?? 0);
    }
}
