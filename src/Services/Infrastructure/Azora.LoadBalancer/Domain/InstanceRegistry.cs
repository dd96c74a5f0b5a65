using Yarp.ReverseProxy.Configuration;

namespace Azora.LoadBalancer.Domain;

/// <summary>One instance in rotation: the service it serves, its name there and its base address.</summary>
internal sealed record RegisteredInstance(string ServiceId, string InstanceId, Uri Address);

internal enum Registration
{
    Added,
    Moved,
    Unchanged,
}

/// <summary>
/// The instances behind every route, as the gateway started with them (the platform address and configured extras) and
/// as the runtime API changed them since. Every change is handed to YARP at once, as a new configuration; YARP keeps the
/// state (health, requests in flight) of destinations that stay. Instances live as long as the gateway's process: a
/// supervisor registers the instances it runs again after restarting the gateway.
/// </summary>
internal sealed class InstanceRegistry
{
    private readonly Lock _gate = new();
    private readonly IReadOnlyList<RouteConfig> _routes;
    private readonly GatewayOptions _options;
    private readonly Dictionary<string, List<RegisteredInstance>> _services;

    public InstanceRegistry(GatewayConfig initial, GatewayOptions options)
    {
        _routes = initial.Routes;
        _options = options;
        _services = initial.Clusters.ToDictionary(
            cluster => cluster.ClusterId,
            cluster => cluster.Destinations!
                .Select(d => new RegisteredInstance(cluster.ClusterId, d.Key, new Uri(d.Value.Address)))
                .ToList(),
            StringComparer.Ordinal);
        Provider = new InMemoryConfigProvider(initial.Routes, initial.Clusters);
    }

    /// <summary>The configuration YARP reads; replaced on every change.</summary>
    public InMemoryConfigProvider Provider { get; }

    public bool Routes(string serviceId) => _services.ContainsKey(serviceId);

    public IReadOnlyList<RegisteredInstance> All()
    {
        lock (_gate)
        {
            return [.. _services.Values.SelectMany(instances => instances)];
        }
    }

    /// <summary>
    /// Puts the instance in rotation at <paramref name="address"/>, or moves it there; the same call again changes nothing.
    /// One address is one instance: registering an address that is in rotation under another name (a configured instance
    /// a supervisor now names its own way) takes that entry over, so the process never gets two shares of the traffic and
    /// draining it by its new name takes it out entirely.
    /// </summary>
    public Registration Register(string serviceId, string instanceId, Uri address)
    {
        lock (_gate)
        {
            var instances = _services[serviceId];
            var index = instances.FindIndex(i => i.InstanceId == instanceId);
            if (index >= 0 && instances[index].Address == address)
            {
                return Registration.Unchanged;
            }
            instances.RemoveAll(i => i.InstanceId != instanceId && i.Address == address);
            index = instances.FindIndex(i => i.InstanceId == instanceId);
            var instance = new RegisteredInstance(serviceId, instanceId, address);
            if (index >= 0)
            {
                instances[index] = instance;
            }
            else
            {
                instances.Add(instance);
            }
            Publish();
            return index >= 0 ? Registration.Moved : Registration.Added;
        }
    }

    /// <summary>
    /// Takes the instance out of rotation: new requests go to the others, requests already forwarded to it finish.
    /// False when the service has no instance of that name.
    /// </summary>
    public bool Remove(string serviceId, string instanceId)
    {
        lock (_gate)
        {
            if (_services[serviceId].RemoveAll(i => i.InstanceId == instanceId) == 0)
            {
                return false;
            }
            Publish();
            return true;
        }
    }

    private void Publish() => Provider.Update(
        _routes,
        [.. _services.Select(service => GatewayRoutes.Cluster(
            service.Key,
            service.Value.Select(i => KeyValuePair.Create(i.InstanceId, i.Address)),
            _options))]);
}
