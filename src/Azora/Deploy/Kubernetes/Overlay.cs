namespace Azora.Deploy.Kubernetes;

/// <summary>
/// What one environment changes in the base: its namespace, image tag, ASP.NET Core environment and log level, where
/// PostgreSQL and RabbitMQ are, and how far the stateless services scale.
/// </summary>
public sealed record Overlay(
    string Name,
    string Namespace,
    string ImageTag,
    string AspNetCoreEnvironment,
    string LogLevel,
    string PostgresHost,
    string RabbitMqHost,
    int MinReplicas,
    int MaxReplicas)
{
    public static IReadOnlyList<Overlay> All { get; } =
    [
        new("development", "azora-dev", "dev", "Development", "Information",
            "postgres.azora-dev-data.svc.cluster.local", "rabbitmq.azora-dev-data.svc.cluster.local",
            MinReplicas: 1, MaxReplicas: 2),
        new("production", "azora", "stable", "Production", "Warning",
            "postgres.azora-data.svc.cluster.local", "rabbitmq.azora-data.svc.cluster.local",
            MinReplicas: 2, MaxReplicas: 10),
    ];

    public string Folder => $"{KubernetesGenerator.OverlaysFolder}/{Name}";
}
