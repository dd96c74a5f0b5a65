using Azora.Deploy.Compose;
using Azora.Deploy.Kubernetes;
using Azora.ServiceDefaults.Catalog;

namespace Azora.Deploy;

/// <summary>Regenerates the deploy files of a repository from its catalog; both targets share the one image.</summary>
public static class DeployFiles
{
    public const string CatalogFile = "catalog.json";

    public static IReadOnlyList<GeneratedFile> Compose(ServiceCatalog catalog) => [.. ContainerImage.Generate(), .. ComposeGenerator.Generate(catalog)];

    public static IReadOnlyList<GeneratedFile> Kubernetes(ServiceCatalog catalog) => [.. ContainerImage.Generate(), .. KubernetesGenerator.Generate(catalog)];

    public static IReadOnlyList<string> WriteCompose(string root, ServiceCatalog catalog) =>
        GeneratedFolder.Write(root, Compose(catalog), [(ComposeGenerator.Folder, "docker-compose.*.yml")]);

    public static IReadOnlyList<string> WriteKubernetes(string root, ServiceCatalog catalog) =>
        GeneratedFolder.Write(root, Kubernetes(catalog), [.. KubernetesGenerator.OwnedFolders.Select(folder => (folder, "*.yaml"))]);

    /// <summary>The catalog of the repository at <paramref name="root"/> (the file the binary embeds when it is built).</summary>
    public static ServiceCatalog ReadCatalog(string root) => ServiceCatalog.Parse(File.ReadAllText(Path.Combine(root, CatalogFile)));
}
