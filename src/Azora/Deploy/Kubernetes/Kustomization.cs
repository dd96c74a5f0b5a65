namespace Azora.Deploy.Kubernetes;

/// <summary>The kustomize file that lists the base's resources (kustomize's own type, not a Kubernetes API object).</summary>
public sealed class Kustomization
{
    public string ApiVersion { get; init; } = "kustomize.config.k8s.io/v1beta1";
    public string Kind { get; init; } = "Kustomization";
    public List<string> Resources { get; init; } = [];
}
