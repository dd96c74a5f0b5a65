using Azora.Deploy.Kubernetes;
using Azora.ServiceDefaults.Catalog;
using k8s;
using k8s.Models;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Azora.Deploy.Tests;

public sealed class KubernetesManifestTests
{
    private static readonly ServiceCatalog Catalog = ServiceCatalog.Current;

    private static IReadOnlyList<string> ManifestFiles() =>
        [.. Repository.FilesUnder(Repository.Root, KubernetesGenerator.Folder)
            .Where(file => !file.EndsWith("/" + KubernetesGenerator.KustomizationFile, StringComparison.Ordinal))];

    private static IReadOnlyList<object> AllObjects() =>
        [.. ManifestFiles().SelectMany(file => KubernetesYaml.LoadAllFromString(Repository.Read(file)))];

    private static T Single<T>(string name) where T : IMetadata<V1ObjectMeta> =>
        Assert.Single(AllObjects().OfType<T>(), o => o.Metadata.Name == name);

    [Fact]
    public void Every_manifest_parses_into_kubernetes_models_and_none_is_a_secret()
    {
        var objects = AllObjects();

        Assert.NotEmpty(objects);
        Assert.All(objects, o => Assert.IsAssignableFrom<IKubernetesObject>(o));
        Assert.DoesNotContain(objects, o => o is V1Secret);
    }

    [Fact]
    public void The_kustomization_lists_exactly_the_manifest_files()
    {
        var kustomization = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build()
            .Deserialize<Kustomization>(Repository.Read($"{KubernetesGenerator.Folder}/{KubernetesGenerator.KustomizationFile}"));

        Assert.Equal("Kustomization", kustomization.Kind);
        Assert.Equal(
            ManifestFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal),
            kustomization.Resources.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> ImplementedServices() => [.. Catalog.Implemented.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(ImplementedServices))]
    public void An_implemented_service_has_a_deployment_with_its_port_probes_and_role(string id)
    {
        var entry = Catalog.Get(id);
        var deployment = Single<V1Deployment>(id);

        var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
        Assert.Equal("azora", container.Image);
        Assert.Equal(entry.Port, Assert.Single(container.Ports).ContainerPort);
        Assert.Equal("/health/ready", container.ReadinessProbe.HttpGet.Path);
        Assert.Equal(entry.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), container.ReadinessProbe.HttpGet.Port.Value);
        Assert.Equal("/health/live", container.LivenessProbe.HttpGet.Path);
        Assert.Equal(entry.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), container.LivenessProbe.HttpGet.Port.Value);
        Assert.Contains(container.Env, v => v.Name == "AZORA_SERVICE" && v.Value == id);
        Assert.NotEmpty(container.Resources.Requests);
        Assert.NotEmpty(container.Resources.Limits);
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
        Assert.Equal(entry.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), port.TargetPort.Value);
        Assert.All(service.Spec.Selector, label => Assert.Equal(label.Value, deployment.Spec.Template.Metadata.Labels[label.Key]));
    }

    [Theory]
    [MemberData(nameof(ImplementedServices))]
    public void Connection_strings_come_from_the_secret_by_reference_never_by_value(string id)
    {
        var container = Assert.Single(Single<V1Deployment>(id).Spec.Template.Spec.Containers);

        foreach (var (variable, key) in new[] { ("ConnectionStrings__Postgres", "postgres"), ("ConnectionStrings__RabbitMq", "rabbitmq") })
        {
            var env = Assert.Single(container.Env, v => v.Name == variable);
            Assert.Null(env.Value);
            Assert.Equal("azora-connections", env.ValueFrom.SecretKeyRef.Name);
            Assert.Equal(key, env.ValueFrom.SecretKeyRef.Key);
        }
        Assert.Contains(container.EnvFrom, source => source.ConfigMapRef?.Name == "azora-config");
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
    }
}
