namespace Azora.Deploy.Kubernetes;

/// <summary>A kustomize file (kustomize's own type, not a Kubernetes API object): the base's resources or an overlay.</summary>
public sealed class Kustomization
{
    public string ApiVersion { get; init; } = "kustomize.config.k8s.io/v1beta1";
    public string Kind { get; init; } = "Kustomization";
    public string? Namespace { get; init; }
    public List<string> Resources { get; init; } = [];
    public List<KustomizePatch>? Patches { get; init; }
    public List<KustomizeImage>? Images { get; init; }
}

/// <summary>A strategic-merge patch file an overlay applies to the base.</summary>
public sealed class KustomizePatch
{
    public string Path { get; init; } = "";
}

/// <summary>An image reference an overlay rewrites (here: which tag of the one image to run).</summary>
public sealed class KustomizeImage
{
    public string Name { get; init; } = "";
    public string? NewName { get; init; }
    public string? NewTag { get; init; }
}
