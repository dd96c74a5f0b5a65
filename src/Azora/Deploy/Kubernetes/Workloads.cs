using Azora.ServiceDefaults.Catalog;

namespace Azora.Deploy.Kubernetes;

/// <summary>How one service may run on Kubernetes: scaled out by load, or kept to one pod, and whether it keeps files.</summary>
/// <param name="Autoscaled">Stateless: every pod is alike and all state is in PostgreSQL, so a HorizontalPodAutoscaler adds pods under load.</param>
/// <param name="Why">For a service kept to one pod, the reason.</param>
/// <param name="DataVolume">For a service that keeps files under its data directory, the size of the volume claimed for them.</param>
public sealed record Workload(bool Autoscaled, string? Why = null, string? DataVolume = null);

/// <summary>
/// The services that are not plain stateless workloads, and why; every other service (including a newly scaffolded one)
/// is stateless and autoscaled.
/// </summary>
public static class Workloads
{
    private static readonly Dictionary<string, Workload> Exceptions = new(StringComparer.Ordinal)
    {
        ["azora-content"] = new(false,
            "media files live on its data volume, which one pod mounts read-write",
            DataVolume: "10Gi"),
        ["audit-logging-service"] = new(false,
            "one writer appends to the Merkle tree, so tree heads are signed in order"),
        ["health-monitor"] = new(false,
            "it polls every instance and opens incidents; a second pod would open each incident twice"),
        ["self-healing-orchestrator"] = new(false,
            "it supervises processes outside Kubernetes; on a cluster the kubelet restarts pods, so one idle pod is enough"),
    };

    public static Workload Of(CatalogEntry entry) =>
        Exceptions.TryGetValue(entry.Id, out var workload) ? workload : new Workload(Autoscaled: true);
}
