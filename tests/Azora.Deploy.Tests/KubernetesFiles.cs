using Azora.Deploy.Kubernetes;
using k8s;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Azora.Deploy.Tests;

/// <summary>Reads the checked-in <c>deploy/k8s</c> tree: manifests into Kubernetes models, kustomize files into <see cref="Kustomization"/>.</summary>
internal static class KubernetesFiles
{
    private static readonly IDeserializer KustomizeReader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Every YAML file under <paramref name="folder"/> but the kustomize files.</summary>
    public static IReadOnlyList<string> ManifestFiles(string folder) =>
        [.. Repository.FilesUnder(Repository.Root, folder)
            .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal))
            .Where(file => !file.EndsWith("/" + KubernetesGenerator.KustomizationFile, StringComparison.Ordinal))];

    public static IReadOnlyList<object> ObjectsIn(string folder) =>
        [.. ManifestFiles(folder).SelectMany(file => KubernetesYaml.LoadAllFromString(Repository.Read(file)))];

    public static IReadOnlyList<object> ObjectsOf(string file) => [.. KubernetesYaml.LoadAllFromString(Repository.Read(file))];

    public static Kustomization Kustomization(string folder) =>
        KustomizeReader.Deserialize<Kustomization>(Repository.Read($"{folder}/{KubernetesGenerator.KustomizationFile}"));
}
