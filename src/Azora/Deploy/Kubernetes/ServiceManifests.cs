using Azora.ServiceDefaults.Catalog;
using k8s.Models;

namespace Azora.Deploy.Kubernetes;

/// <summary>One catalog service on Kubernetes: a Deployment of the shared image and a Service named after its id.</summary>
internal static class ServiceManifests
{
    public const string ConfigMapName = "azora-config";
    public const string SecretName = "azora-connections";
    private const string PortName = "http";

    public static Dictionary<string, string> Labels(string id) => new()
    {
        ["app.kubernetes.io/name"] = id,
        ["app.kubernetes.io/part-of"] = "azora",
    };

    public static V1Deployment Deployment(CatalogEntry entry) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = entry.Id, Labels = Labels(entry.Id) },
        Spec = new V1DeploymentSpec
        {
            Replicas = 1,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = entry.Id } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = Labels(entry.Id) },
                Spec = new V1PodSpec { Containers = [Container(entry)] },
            },
        },
    };

    public static V1Service Service(CatalogEntry entry) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta { Name = entry.Id, Labels = Labels(entry.Id) },
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            Selector = new Dictionary<string, string> { ["app.kubernetes.io/name"] = entry.Id },
            Ports = [new V1ServicePort { Name = PortName, Port = entry.Port, TargetPort = entry.Port }],
        },
    };

    private static V1Container Container(CatalogEntry entry) => new()
    {
        Name = entry.Id,
        Image = ServiceEnvironment.ImageName,
        Ports = [new V1ContainerPort { Name = PortName, ContainerPort = entry.Port }],
        Env =
        [
            new V1EnvVar { Name = ServiceEnvironment.ServiceVariable, Value = entry.Id },
            SecretVariable(ServiceEnvironment.PostgresConnection, "postgres"),
            SecretVariable(ServiceEnvironment.RabbitMqConnection, "rabbitmq"),
        ],
        EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = ConfigMapName } }],
        ReadinessProbe = Probe(entry, ServiceEnvironment.ReadinessPath, initialDelaySeconds: 5),
        LivenessProbe = Probe(entry, ServiceEnvironment.LivenessPath, initialDelaySeconds: 15),
        Resources = new V1ResourceRequirements
        {
            Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("128Mi") },
            Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("1"), ["memory"] = new("512Mi") },
        },
        SecurityContext = new V1SecurityContext { RunAsNonRoot = true, AllowPrivilegeEscalation = false },
    };

    private static V1EnvVar SecretVariable(string name, string key) => new()
    {
        Name = name,
        ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = SecretName, Key = key } },
    };

    private static V1Probe Probe(CatalogEntry entry, string path, int initialDelaySeconds) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = path, Port = entry.Port },
        InitialDelaySeconds = initialDelaySeconds,
        PeriodSeconds = 10,
        TimeoutSeconds = 3,
        FailureThreshold = 3,
    };
}
