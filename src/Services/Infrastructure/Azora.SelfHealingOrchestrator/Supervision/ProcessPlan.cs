using Azora.Contracts.LoadBalancer;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;

namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>
/// Every process of the split platform: one per implemented service on its catalog port, replicas on free loopback
/// ports, session-service first (every other service trusts its tokens), the gateway last with every instance listed.
/// Each child is <c>azora run --service &lt;id&gt;</c> on the same PostgreSQL and RabbitMQ as this process.
/// </summary>
internal static class ProcessPlan
{
    public const string OwnClientId = "self-healing-orchestrator";
    public const string GatewayScope = GatewayScopes.Instances;

    private const string HealthMonitorId = "health-monitor";

    private const int SessionTier = 0;
    private const int ServiceTier = 1;
    private const int GatewayTier = 2;

    public static IReadOnlyList<ProcessSpec> For(ServiceCatalog catalog, PlatformOptions platform, SupervisorOptions options, string clientSecret)
    {
        var postgres = platform.PostgresConnectionString is { Length: > 0 } pg ? pg
            : throw new InvalidOperationException("Split mode needs PostgreSQL: set ConnectionStrings:Postgres (env ConnectionStrings__Postgres).");
        var rabbitMq = platform.RabbitMqConnectionString is { Length: > 0 } mq ? mq
            : throw new InvalidOperationException("Split mode needs RabbitMQ: set ConnectionStrings:RabbitMq (env ConnectionStrings__RabbitMq).");
        var unknown = options.Replicas.Keys.Where(id => catalog.Find(id) is not { IsImplemented: true }).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Replicas asked for {string.Join(", ", unknown)}, which is not an implemented service.");
        }
        if (options.Replicas.TryGetValue(ServiceCatalog.GatewayId, out var gateways) && gateways > 1)
        {
            throw new InvalidOperationException("The gateway runs once, on its catalog port; replicas are for the services behind it.");
        }

        var services = catalog.Implemented
            .Where(entry => entry.Id != OwnClientId && !options.Exclude.Contains(entry.Id, StringComparer.Ordinal))
            .ToList();
        var shared = new Dictionary<string, string>
        {
            ["Azora__Database"] = "Postgres",
            ["ConnectionStrings__Postgres"] = postgres,
            ["ConnectionStrings__RabbitMq"] = rabbitMq,
            ["Azora__ListenAddress"] = platform.ListenAddress,
            // Nobody reads a child's console: its output goes to a log file without colour codes.
            ["NO_COLOR"] = "1",
            // The child shuts down when its supervisor dies and its input pipe closes.
            [SupervisorLink.Variable] = SupervisorLink.Stdin,
        };
        foreach (var (id, port) in platform.Ports)
        {
            shared[$"Azora__Ports__{id}"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        foreach (var (id, address) in platform.Addresses)
        {
            shared[$"Azora__Addresses__{id}"] = address;
        }
        if (platform.Issuer is { Length: > 0 } issuer)
        {
            shared["Azora__Issuer"] = issuer;
        }

        var plan = new List<ProcessSpec>();
        foreach (var entry in services.Where(e => e.Id != ServiceCatalog.GatewayId))
        {
            var count = options.Replicas.GetValueOrDefault(entry.Id, 1);
            for (var n = 0; n < count; n++)
            {
                var port = n == 0 ? platform.PortOf(entry) : LoopbackPorts.Free();
                var environment = new Dictionary<string, string>(shared) { [$"Azora__Ports__{entry.Id}"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                if (entry.Id == ServiceCatalog.SessionServiceId)
                {
                    environment[$"Azora__Clients__{OwnClientId}__Secret"] = clientSecret;
                    environment[$"Azora__Clients__{OwnClientId}__Scopes"] = GatewayScope;
                }
                // The first instance is where the platform already reaches the service (the gateway's own entry for it);
                // registering it under the same address makes the gateway take that entry over rather than add a second.
                var address = n == 0 ? platform.AddressOf(entry) : new Uri($"http://localhost:{port}/");
                plan.Add(Spec(entry, n, address, environment, entry.Id == ServiceCatalog.SessionServiceId ? SessionTier : ServiceTier, options));
            }
        }

        // The gateway knows each service's catalog address; the replicas are listed for it from its first request on, and
        // for health-monitor, which reads the same list so that it polls every instance the gateway routes to.
        var replicas = ReplicaAddresses(plan);
        for (var i = 0; i < plan.Count; i++)
        {
            if (plan[i].ServiceId == HealthMonitorId)
            {
                plan[i] = plan[i] with { Environment = new Dictionary<string, string>(plan[i].Environment.Concat(replicas)) };
            }
        }
        if (services.FirstOrDefault(e => e.Id == ServiceCatalog.GatewayId) is { } gateway)
        {
            var environment = new Dictionary<string, string>(shared.Concat(replicas));
            plan.Add(Spec(gateway, 0, platform.AddressOf(gateway), environment, GatewayTier, options) with { InGateway = false });
        }
        return plan;
    }

    /// <summary><c>Azora__Gateway__Instances__&lt;service-id&gt;__&lt;n&gt;</c>: each service's instances beyond its first.</summary>
    private static Dictionary<string, string> ReplicaAddresses(IEnumerable<ProcessSpec> plan)
    {
        var addresses = new Dictionary<string, string>();
        foreach (var group in plan.Where(p => p.InstanceId != InstanceIdOf(p.ServiceId, 0)).GroupBy(p => p.ServiceId))
        {
            var n = 0;
            foreach (var replica in group)
            {
                addresses[$"Azora__Gateway__Instances__{group.Key}__{n++}"] = replica.Address.ToString().TrimEnd('/');
            }
        }
        return addresses;
    }

    public static string InstanceIdOf(string serviceId, int n) => $"{serviceId}-{n}";

    private static ProcessSpec Spec(CatalogEntry entry, int n, Uri address, Dictionary<string, string> environment, int tier, SupervisorOptions options) =>
        new(InstanceIdOf(entry.Id, n), entry.Id, address, options.Command!,
            [.. options.CommandArguments, "run", "--service", entry.Id], environment, tier, InGateway: true);
}
