using Azora.Deploy.Kubernetes;
using Azora.ServiceDefaults.Catalog;
using k8s;
using k8s.Models;

namespace Azora.Deploy.Tests;

/// <summary>The development and production overlays: each patches only what the base has, and says where its backing services are.</summary>
public sealed class KubernetesOverlayTests
{
    private static readonly ServiceCatalog Catalog = ServiceCatalog.Current;

    public static TheoryData<string> Overlays() => [.. Overlay.All.Select(o => o.Name)];

    private static Overlay Named(string name) => Overlay.All.Single(o => o.Name == name);

    private static IEnumerable<(string Kind, string Name)> Identities(IEnumerable<object> objects) =>
        objects.Cast<IKubernetesObject<V1ObjectMeta>>().Select(o => (o.Kind, o.Metadata.Name));

    [Fact]
    public void There_is_a_development_and_a_production_overlay_and_nothing_else_under_overlays()
    {
        Assert.Equal(["development", "production"], Overlay.All.Select(o => o.Name).Order());
        Assert.All(
            Repository.FilesUnder(Repository.Root, KubernetesGenerator.OverlaysFolder),
            file => Assert.Contains(Overlay.All, o => file.StartsWith(o.Folder + "/", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void An_overlay_builds_on_the_base_in_its_own_namespace_and_lists_exactly_its_patch_files(string name)
    {
        var overlay = Named(name);
        var kustomization = KubernetesFiles.Kustomization(overlay.Folder);

        Assert.Equal(["../../base"], kustomization.Resources);
        Assert.Equal(overlay.Namespace, kustomization.Namespace);
        var image = Assert.Single(kustomization.Images!);
        Assert.Equal(("azora", overlay.ImageTag), (image.Name, image.NewTag));
        Assert.Equal(
            KubernetesFiles.ManifestFiles(overlay.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            kustomization.Patches!.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_patch_parses_into_kubernetes_models_and_targets_an_object_of_the_base(string name)
    {
        var inBase = Identities(KubernetesFiles.ObjectsIn(KubernetesGenerator.Folder)).ToHashSet();
        var patched = Identities(KubernetesFiles.ObjectsIn(Named(name).Folder)).ToList();

        Assert.NotEmpty(patched);
        Assert.All(patched, identity => Assert.Contains(identity, inBase));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void An_overlay_points_postgres_and_rabbitmq_at_its_own_hosts(string name)
    {
        var overlay = Named(name);
        var services = KubernetesFiles.ObjectsOf($"{overlay.Folder}/{KubernetesGenerator.BackingServicesFile}").OfType<V1Service>().ToDictionary(s => s.Metadata.Name);

        Assert.Equal(("ExternalName", overlay.PostgresHost), (services["postgres"].Spec.Type, services["postgres"].Spec.ExternalName));
        Assert.Equal(("ExternalName", overlay.RabbitMqHost), (services["rabbitmq"].Spec.Type, services["rabbitmq"].Spec.ExternalName));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void An_overlay_sets_the_environment_and_log_level_in_the_shared_config_map(string name)
    {
        var overlay = Named(name);
        var config = Assert.Single(KubernetesFiles.ObjectsOf($"{overlay.Folder}/{KubernetesGenerator.ConfigFile}").OfType<V1ConfigMap>());

        Assert.Equal("azora-config", config.Metadata.Name);
        Assert.Equal(overlay.AspNetCoreEnvironment, config.Data["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal(overlay.LogLevel, config.Data["Logging__LogLevel__Default"]);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void An_overlay_bounds_the_autoscaling_of_exactly_the_stateless_services(string name)
    {
        var overlay = Named(name);
        var scaled = KubernetesFiles.ObjectsOf($"{overlay.Folder}/{KubernetesGenerator.AutoscalingFile}").OfType<V2HorizontalPodAutoscaler>().ToList();

        Assert.Equal(
            Catalog.Implemented.Where(e => Workloads.Of(e).Autoscaled).Select(e => e.Id).Order(StringComparer.Ordinal),
            scaled.Select(a => a.Metadata.Name).Order(StringComparer.Ordinal));
        Assert.All(scaled, a => Assert.Equal((overlay.MinReplicas, overlay.MaxReplicas), (a.Spec.MinReplicas!.Value, a.Spec.MaxReplicas)));
        Assert.InRange(overlay.MinReplicas, 1, overlay.MaxReplicas);
    }

    [Fact]
    public void Production_runs_at_least_two_pods_of_every_stateless_service()
    {
        Assert.True(Named("production").MinReplicas >= 2);
    }
}
