using Azora.ServiceDefaults.Catalog;

namespace Azora.Deploy.Compose;

/// <summary>One catalog service as a compose service: the shared image, its role, its port and its peers' addresses.</summary>
internal static class AzoraContainer
{
    public static ComposeService For(CatalogEntry entry, IReadOnlyList<CatalogEntry> stack)
    {
        var environment = new Dictionary<string, string>
        {
            [ServiceEnvironment.ServiceVariable] = entry.Id,
            [ServiceEnvironment.Database] = "Postgres",
            [ServiceEnvironment.ListenAddress] = ServiceEnvironment.AnyAddress,
            [ServiceEnvironment.PostgresConnection] = BackingServices.PostgresConnectionString,
            [ServiceEnvironment.RabbitMqConnection] = BackingServices.RabbitMqConnectionString,
        };
        foreach (var peer in stack.Where(peer => peer.Id != entry.Id))
        {
            environment[ServiceEnvironment.AddressVariable(peer)] = ServiceEnvironment.AddressOf(peer);
        }

        return new ComposeService
        {
            Image = ServiceEnvironment.ImageName,
            Build = new ComposeBuild { Context = "../..", Dockerfile = ContainerImage.DockerfilePath },
            Restart = "unless-stopped",
            Environment = environment,
            Ports = [new PortMapping(entry.Port, entry.Port)],
            Healthcheck = BackingServices.Healthcheck(
                ["CMD", "curl", "--fail", "--silent", "--output", "/dev/null", $"http://localhost:{entry.Port}{ServiceEnvironment.ReadinessPath}"]),
            DependsOn = new()
            {
                [ServiceEnvironment.PostgresHost] = new ComposeDependency(),
                [ServiceEnvironment.RabbitMqHost] = new ComposeDependency(),
            },
        };
    }
}
