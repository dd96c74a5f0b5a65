using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Health;
using Azora.ServiceDefaults.Hosting;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Transforms;
using Azora.LoadBalancer.Features.HealthChecks;

namespace Azora.LoadBalancer.Domain;

/// <summary>The gateway's whole routing table, one route and one cluster per service behind it.</summary>
internal sealed record GatewayConfig(IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters);

/// <summary>
/// Derives the gateway's routes from the catalog: <c>/&lt;service-id&gt;/{**rest}</c> for every implemented service except
/// the gateway itself, prefix stripped, to the service's platform address plus any configured extra instances.
/// </summary>
internal static class GatewayRoutes
{
    /// <summary>YARP's reserved policy name: the gateway lets the request through and the service behind decides.</summary>
    public const string AnonymousPolicy = "anonymous";

    public const string ForwardedPrefixHeader = "X-Forwarded-Prefix";

    public static GatewayConfig Build(ServiceCatalog catalog, PlatformOptions platform, GatewayOptions options)
    {
        var behind = catalog.Implemented.Where(entry => entry.Id != ServiceCatalog.GatewayId).ToList();
        var strangers = options.Instances.Keys.Where(id => behind.All(entry => entry.Id != id)).ToList();
        if (strangers.Count > 0)
        {
            throw new InvalidOperationException(
                $"{GatewayOptions.Section}:Instances names services the gateway does not route to: {string.Join(", ", strangers)}.");
        }

        return new GatewayConfig(
            behind.Select(entry => RouteTo(entry, options)).ToList(),
            behind.Select(entry => ClusterOf(entry, platform, options)).ToList());
    }

    public static string PrefixOf(string serviceId) => "/" + serviceId;

    private static RouteConfig RouteTo(CatalogEntry entry, GatewayOptions options)
    {
        var prefix = PrefixOf(entry.Id);
        return new RouteConfig
        {
            RouteId = entry.Id,
            ClusterId = entry.Id,
            Match = new RouteMatch { Path = prefix + "/{**rest}" },
            AuthorizationPolicy = AnonymousPolicy,
            MaxRequestBodySize = options.MaxRequestBodyBytes,
        }
        .WithTransformPathRemovePrefix(prefix)
        // X-Forwarded-For/Proto/Host as YARP sets them; the prefix is the stripped segment, not the (empty) path base.
        .WithTransformXForwarded(xPrefix: ForwardedTransformActions.Off)
        .WithTransformRequestHeader(ForwardedPrefixHeader, prefix, append: false);
    }

    /// <summary>
    /// The name of the gateway's n-th configured instance of a service, counted from 0 (the platform address): the same
    /// names <c>azora run --split</c> gives the processes it starts, so its registrations find these entries.
    /// </summary>
    public static string InstanceIdOf(string serviceId, int n) => $"{serviceId}-{n}";

    /// <summary>The instances the gateway starts with: the platform address of the service, then the configured extras.</summary>
    public static IReadOnlyList<KeyValuePair<string, Uri>> ConfiguredInstances(CatalogEntry entry, PlatformOptions platform, GatewayOptions options)
    {
        var extra = options.Instances.TryGetValue(entry.Id, out var configured) ? configured : [];
        return [.. extra
            .Select((address, index) => ConfiguredAddress(entry.Id, index, address))
            .Prepend(platform.AddressOf(entry))
            .Distinct()
            .Select((address, index) => KeyValuePair.Create(InstanceIdOf(entry.Id, index), address))];
    }

    /// <summary>One service's cluster: its instances as destinations, balanced by the named policy, health-checked.</summary>
    public static ClusterConfig Cluster(string serviceId, IEnumerable<KeyValuePair<string, Uri>> instances, GatewayOptions options) => new()
    {
        ClusterId = serviceId,
        LoadBalancingPolicy = options.LoadBalancingPolicy,
        Destinations = instances.ToDictionary(i => i.Key, i => new DestinationConfig { Address = i.Value.ToString() }, StringComparer.Ordinal),
        HealthCheck = new HealthCheckConfig
        {
            AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyAndUnknown,
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = options.HealthChecks.Interval,
                Timeout = options.HealthChecks.Timeout,
                Policy = ReadinessProbePolicy.Name,
                Path = HealthDefaults.ReadyPath,
            },
            Passive = new PassiveHealthCheckConfig
            {
                Enabled = true,
                Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                ReactivationPeriod = options.HealthChecks.ReactivationPeriod,
            },
        },
    };

    private static ClusterConfig ClusterOf(CatalogEntry entry, PlatformOptions platform, GatewayOptions options) =>
        Cluster(entry.Id, ConfiguredInstances(entry, platform, options), options);

    private static Uri ConfiguredAddress(string serviceId, int index, string address) =>
        InstanceAddress.TryParse(address, out var uri)
            ? uri
            : throw new InvalidOperationException(
                $"{GatewayOptions.Section}:Instances:{serviceId}:{index} must be an absolute http(s) base address, not '{address}'.");
}
