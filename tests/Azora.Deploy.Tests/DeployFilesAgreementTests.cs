using Azora.ServiceDefaults.Catalog;

namespace Azora.Deploy.Tests;

public sealed class DeployFilesAgreementTests
{
    [Fact]
    public void The_binary_embeds_the_committed_catalog()
    {
        var committed = ServiceCatalog.Parse(Repository.Read(DeployFiles.CatalogFile));

        Assert.Equal(committed.Services, ServiceCatalog.Current.Services);
    }

    [Fact]
    public void Regenerating_compose_and_k8s_from_the_catalog_reproduces_the_committed_deploy_folder_byte_for_byte()
    {
        using var temp = new TempFolder();

        DeployFiles.WriteCompose(temp.Path, ServiceCatalog.Current);
        DeployFiles.WriteKubernetes(temp.Path, ServiceCatalog.Current);

        var generated = Repository.FilesUnder(temp.Path, "deploy");
        Assert.Equal(Repository.FilesUnder(Repository.Root, "deploy"), generated);
        foreach (var file in generated)
        {
            var expected = File.ReadAllBytes(Repository.PathOf(file));
            var actual = File.ReadAllBytes(Path.Combine(temp.Path, file));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs from what `azora deploy` generates; run `azora deploy compose` and `azora deploy k8s`.");
        }
    }

    [Fact]
    public void Regenerating_removes_manifests_of_services_no_longer_in_the_catalog()
    {
        using var temp = new TempFolder();
        var stale = Path.Combine(temp.Path, "deploy", "k8s", "base", "retired-service.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "kind: Service\n");

        DeployFiles.WriteKubernetes(temp.Path, ServiceCatalog.Current);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(Path.Combine(temp.Path, "deploy", "k8s", "base", "kustomization.yaml")));
    }
}
