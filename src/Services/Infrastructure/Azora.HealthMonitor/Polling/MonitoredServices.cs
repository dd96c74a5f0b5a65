using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Microsoft.Extensions.Configuration;

namespace Azora.HealthMonitor.Polling;

/// <summary>
/// Every instance of every implemented service in the catalog: the address the platform knows for it, plus the extra
/// instances the gateway balances over (<c>Azora:Gateway:Instances:&lt;service-id&gt;:&lt;n&gt;</c>, the load-balancer's
/// own configuration, read here so that the monitor watches exactly what the gateway routes to). health-monitor polls
/// itself too: its own readiness is part of the platform's.
/// </summary>
internal sealed class MonitoredServices
{
    public const string GatewayInstancesSection = "Azora:Gateway:Instances";

    public MonitoredServices(IReadOnlyList<CatalogEntry> services, IReadOnlyList<MonitoredInstance> instances)
    {
        Services = services;
        Instances = instances;
    }

    /// <summary>The implemented services, in catalog order.</summary>
    public IReadOnlyList<CatalogEntry> Services { get; }

    public IReadOnlyList<MonitoredInstance> Instances { get; }

    public CatalogEntry? Find(string serviceId) => Services.FirstOrDefault(s => s.Id == serviceId);

    public static MonitoredServices From(ServiceCatalog catalog, PlatformOptions platform, IConfiguration configuration)
    {
        var services = catalog.Implemented.ToList();
        var extra = configuration.GetSection(GatewayInstancesSection).Get<Dictionary<string, List<string>>>() ?? [];
        var strangers = extra.Keys.Where(id => services.All(s => s.Id != id)).ToList();
        if (strangers.Count > 0)
        {
            throw new InvalidOperationException(
                $"{GatewayInstancesSection} names services that are not implemented: {string.Join(", ", strangers)}.");
        }

        var instances = services.SelectMany(service =>
            (extra.TryGetValue(service.Id, out var configured) ? configured : [])
                .Select((address, index) => InstanceAddress(service.Id, index, address))
                .Prepend(platform.AddressOf(service))
                .Distinct()
                .Select(address => new MonitoredInstance(service.Id, address)))
            .ToList();
        return new MonitoredServices(services, instances);
    }

    private static Uri InstanceAddress(string serviceId, int index, string address)
    {
        if (Uri.TryCreate(address.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        {
            return uri;
        }
        throw new InvalidOperationException(
            $"{GatewayInstancesSection}:{serviceId}:{index} must be an absolute http(s) base address, not '{address}'.");
    }
}
