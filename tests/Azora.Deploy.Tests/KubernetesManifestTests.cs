using System.Globalization;
using Azora.Deploy.Kubernetes;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Health;
using k8s;
using k8s.Models;

namespace Azora.Deploy.Tests;

/// <summary>The checked-in kustomize base, read into the official Kubernetes client models and held against the catalog.</summary>
public sealed class KubernetesManifestTests
{
    private static readonly ServiceCatalog Catalog = ServiceCatalog.Current;

    private static string Port(CatalogEntry entry) => entry.Port.ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyList<object> AllObjects() => KubernetesFiles.ObjectsIn(KubernetesGenerator.Folder);

    private static T Single<T>(string name) where T : IMetadata<V1ObjectMeta> =>
        Assert.Single(AllObjects().OfType<T>(), o => o.Metadata.Name == name);

    private static V1Container ContainerOf(string id) => Assert.Single(Single<V1Deployment>(id).Spec.Template.Spec.Containers);

    public static TheoryData<string> ImplementedServices() => [.. Catalog.Implemented.Select(e => e.Id)];

    public static TheoryData<string> AutoscaledServices() => [.. Catalog.Implemented.Where(e => Workloads.Of(e).Autoscaled).Select(e => e.Id)];

    public static TheoryData<string> SinglePodServices() => [.. Catalog.Implemented.Where(e => !Workloads.Of(e).Autoscaled).Select(e => e.Id)];

    [Fact]
    public void Every_manifest_parses_into_kubernetes_models_and_none_is_a_secret()
    {
        var objects = KubernetesFiles.ObjectsIn(KubernetesGenerator.Root);

        Assert.NotEmpty(objects);
        Assert.All(objects, o => Assert.IsAssignableFrom<IKubernetesObject>(o));
        Assert.DoesNotContain(objects, o => o is V1Secret);
    }

    [Fact]
    public void The_base_kustomization_lists_exactly_the_manifest_files()
    {
        var kustomization = KubernetesFiles.Kustomization(KubernetesGenerator.Folder);

        Assert.Equal("Kustomization", kustomization.Kind);
        Assert.Equal(
            KubernetesFiles.ManifestFiles(KubernetesGenerator.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            kustomization.Resources.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ImplementedServices))]
    public void An_implemented_service_has_a_deployment_with_its_port_probes_role_and_resources(string id)
    {
        var entry = Catalog.Get(id);
        var deployment = Single<V1Deployment>(id);
        var container = ContainerOf(id);

        Assert.Equal("azora", container.Image);
        Assert.Equal(entry.Port, Assert.Single(container.Ports).ContainerPort);
        Assert.Equal(HealthDefaults.ReadyPath, container.ReadinessProbe.HttpGet.Path);
        Assert.Equal(Port(entry), container.ReadinessProbe.HttpGet.Port.Value);
        Assert.Equal(HealthDefaults.LivePath, container.LivenessProbe.HttpGet.Path);
        Assert.Equal(Port(entry), container.LivenessProbe.HttpGet.Port.Value);
        Assert.Contains(container.Env, v => v.Name == "AZORA_SERVICE" && v.Value == id);
        Assert.Equal(["cpu", "memory"], container.Resources.Requests.Keys.Order());
        Assert.Equal(["cpu", "memory"], container.Resources.Limits.Keys.Order());
        Assert.True(container.Resources.Requests["cpu"].ToDecimal() <= container.Resources.Limits["cpu"].ToDecimal());
        Assert.True(container.Resources.Requests["memory"].ToDecimal() <= container.Resources.Limits["memory"].ToDecimal());
        Assert.True(container.SecurityContext.RunAsNonRoot);
        Assert.All(deployment.Spec.Selector.MatchLabels, label => Assert.Equal(label.Value, deployment.Spec.Template.Metadata.Labels[label.Key]));
    }

    [Theory]
    [MemberData(nameof(ImplementedServices))]
    public void An_implemented_service_has_a_service_named_after_its_id_on_its_catalog_port(string id)
    {
        var entry = Catalog.Get(id);
        var service = Single<V1Service>(id);
        var deployment = Single<V1Deployment>(id);

        var port = Assert.Single(service.Spec.Ports);
        Assert.Equal(entry.Port, port.Port);
        Assert.Equal(Port(entry), port.TargetPort.Value);
        Assert.All(service.Spec.Selector, label => Assert.Equal(label.Value, deployment.Spec.Template.Metadata.Labels[label.Key]));
    }

    [Theory]
    [MemberData(nameof(ImplementedServices))]
    public void Connection_strings_come_from_the_secret_by_reference_never_by_value(string id)
    {
        var container = ContainerOf(id);

        foreach (var (variable, key) in new[] { ("ConnectionStrings__Postgres", "postgres"), ("ConnectionStrings__RabbitMq", "rabbitmq") })
        {
            var env = Assert.Single(container.Env, v => v.Name == variable);
            Assert.Null(env.Value);
            Assert.Equal("azora-connections", env.ValueFrom.SecretKeyRef.Name);
            Assert.Equal(key, env.ValueFrom.SecretKeyRef.Key);
        }
        Assert.Contains(container.EnvFrom, source => source.ConfigMapRef?.Name == "azora-config");
    }

    [Theory]
    [MemberData(nameof(AutoscaledServices))]
    public void A_stateless_service_is_scaled_by_cpu_through_an_autoscaling_v2_autoscaler_that_owns_its_replica_count(string id)
    {
        var autoscaler = Single<V2HorizontalPodAutoscaler>(id);

        Assert.Equal("autoscaling/v2", autoscaler.ApiVersion);
        Assert.Equal(("apps/v1", "Deployment", id), (autoscaler.Spec.ScaleTargetRef.ApiVersion, autoscaler.Spec.ScaleTargetRef.Kind, autoscaler.Spec.ScaleTargetRef.Name));
        Assert.InRange(autoscaler.Spec.MinReplicas!.Value, 1, autoscaler.Spec.MaxReplicas);
        var metric = Assert.Single(autoscaler.Spec.Metrics);
        Assert.Equal(("Resource", "cpu", "Utilization"), (metric.Type, metric.Resource.Name, metric.Resource.Target.Type));
        Assert.InRange(metric.Resource.Target.AverageUtilization!.Value, 1, 100);
        Assert.Null(Single<V1Deployment>(id).Spec.Replicas);
    }

    [Theory]
    [MemberData(nameof(SinglePodServices))]
    public void A_service_kept_to_one_pod_says_why_is_never_autoscaled_and_is_replaced_not_doubled_on_rollout(string id)
    {
        var deployment = Single<V1Deployment>(id);

        Assert.Equal(1, deployment.Spec.Replicas);
        Assert.Equal("Recreate", deployment.Spec.Strategy.Type);
        Assert.False(string.IsNullOrWhiteSpace(deployment.Metadata.Annotations["azora/single-pod"]));
        Assert.DoesNotContain(AllObjects().OfType<V2HorizontalPodAutoscaler>(), a => a.Metadata.Name == id);
    }

    [Fact]
    public void Content_keeps_its_media_on_a_claimed_volume_mounted_at_its_data_directory()
    {
        var deployment = Single<V1Deployment>("azora-content");
        var container = ContainerOf("azora-content");

        var claim = Single<V1PersistentVolumeClaim>("azora-content-data");
        Assert.Equal(["ReadWriteOnce"], claim.Spec.AccessModes);
        var volume = Assert.Single(deployment.Spec.Template.Spec.Volumes);
        Assert.Equal("azora-content-data", volume.PersistentVolumeClaim.ClaimName);
        var mount = Assert.Single(container.VolumeMounts);
        Assert.Equal(volume.Name, mount.Name);
        Assert.Contains(container.Env, v => v.Name == "Azora__DataDirectory" && v.Value == mount.MountPath);
    }

    [Fact]
    public void No_planned_service_has_a_deployment_or_a_service()
    {
        var names = AllObjects().OfType<IMetadata<V1ObjectMeta>>().Select(o => o.Metadata.Name).ToHashSet();

        Assert.All(Catalog.Services.Where(e => !e.IsImplemented), entry => Assert.DoesNotContain(entry.Id, names));
    }

    [Fact]
    public void The_config_map_holds_the_database_choice_and_every_implemented_address()
    {
        var config = Single<V1ConfigMap>("azora-config");

        Assert.Equal("Postgres", config.Data["Azora__Database"]);
        Assert.Equal("0.0.0.0", config.Data["Azora__ListenAddress"]);
        Assert.All(Catalog.Implemented, entry => Assert.Equal($"http://{entry.Id}:{entry.Port}", config.Data[$"Azora__Addresses__{entry.Id}"]));
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("rabbitmq")]
    public void Backing_services_are_external_names(string name)
    {
        var service = Single<V1Service>(name);

        Assert.Equal("ExternalName", service.Spec.Type);
        Assert.False(string.IsNullOrWhiteSpace(service.Spec.ExternalName));
        Assert.Null(service.Spec.Selector);
    }
}
