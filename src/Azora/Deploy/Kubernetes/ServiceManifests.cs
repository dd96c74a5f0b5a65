using Azora.ServiceDefaults.Catalog;
using k8s;
using k8s.Models;

namespace Azora.Deploy.Kubernetes;

/// <summary>
/// One catalog service on Kubernetes: a Deployment of the shared image and a Service named after its id; for a
/// stateless service a HorizontalPodAutoscaler, for one that keeps files a PersistentVolumeClaim.
/// </summary>
internal static class ServiceManifests
{
    public const string ConfigMapName = "azora-config";
    public const string SecretName = "azora-connections";
    public const string DataPath = "/app/data";
    public const int MinReplicas = 2;
    public const int MaxReplicas = 6;
    public const int TargetCpuPercent = 70;
    private const string PortName = "http";
    private const string DataVolumeName = "data";

    /// <summary>The user the image runs as (the .NET images' <c>APP_UID</c>); the data volume is made writable for its group.</summary>
    private const long AppUserId = 1654;

    public static Dictionary<string, string> Labels(string id) => new()
    {
        ["app.kubernetes.io/name"] = id,
        ["app.kubernetes.io/part-of"] = "azora",
    };

    public static string DataClaimName(CatalogEntry entry) => $"{entry.Id}-data";

    public static IEnumerable<IKubernetesObject> For(CatalogEntry entry)
    {
        var workload = Workloads.Of(entry);
        yield return Deployment(entry, workload);
        yield return Service(entry);
        if (workload.Autoscaled)
        {
            yield return Autoscaler(entry);
        }
        if (workload.DataVolume is { } size)
        {
            yield return DataClaim(entry, size);
        }
    }

    public static V1Deployment Deployment(CatalogEntry entry, Workload workload) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = entry.Id, Labels = Labels(entry.Id), Annotations = Annotations(workload) },
        Spec = new V1DeploymentSpec
        {
            // An autoscaled Deployment leaves the count to its HorizontalPodAutoscaler; the others run exactly one pod,
            // replaced (never doubled) on a rollout.
            Replicas = workload.Autoscaled ? null : 1,
            Strategy = workload.Autoscaled ? null : new V1DeploymentStrategy { Type = "Recreate" },
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = entry.Id } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = Labels(entry.Id) },
                Spec = new V1PodSpec
                {
                    Containers = [Container(entry, workload)],
                    SecurityContext = workload.DataVolume is null ? null : new V1PodSecurityContext { FsGroup = AppUserId },
                    Volumes = workload.DataVolume is null ? null :
                    [
                        new V1Volume
                        {
                            Name = DataVolumeName,
                            PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = DataClaimName(entry) },
                        },
                    ],
                },
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

    public static V2HorizontalPodAutoscaler Autoscaler(CatalogEntry entry) => new()
    {
        ApiVersion = "autoscaling/v2",
        Kind = "HorizontalPodAutoscaler",
        Metadata = new V1ObjectMeta { Name = entry.Id, Labels = Labels(entry.Id) },
        Spec = new V2HorizontalPodAutoscalerSpec
        {
            ScaleTargetRef = new V2CrossVersionObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Name = entry.Id },
            MinReplicas = MinReplicas,
            MaxReplicas = MaxReplicas,
            Metrics =
            [
                new V2MetricSpec
                {
                    Type = "Resource",
                    Resource = new V2ResourceMetricSource
                    {
                        Name = "cpu",
                        Target = new V2MetricTarget { Type = "Utilization", AverageUtilization = TargetCpuPercent },
                    },
                },
            ],
        },
    };

    public static V1PersistentVolumeClaim DataClaim(CatalogEntry entry, string size) => new()
    {
        ApiVersion = "v1",
        Kind = "PersistentVolumeClaim",
        Metadata = new V1ObjectMeta { Name = DataClaimName(entry), Labels = Labels(entry.Id) },
        Spec = new V1PersistentVolumeClaimSpec
        {
            AccessModes = ["ReadWriteOnce"],
            Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(size) } },
        },
    };

    private static Dictionary<string, string>? Annotations(Workload workload) =>
        workload.Why is null ? null : new Dictionary<string, string> { ["azora/single-pod"] = workload.Why };

    private static V1Container Container(CatalogEntry entry, Workload workload)
    {
        List<V1EnvVar> env =
        [
            new V1EnvVar { Name = ServiceEnvironment.ServiceVariable, Value = entry.Id },
            SecretVariable(ServiceEnvironment.PostgresConnection, "postgres"),
            SecretVariable(ServiceEnvironment.RabbitMqConnection, "rabbitmq"),
        ];
        if (workload.DataVolume is not null)
        {
            env.Add(new V1EnvVar { Name = ServiceEnvironment.DataDirectory, Value = DataPath });
        }
        return new V1Container
        {
            Name = entry.Id,
            Image = ServiceEnvironment.ImageName,
            Ports = [new V1ContainerPort { Name = PortName, ContainerPort = entry.Port }],
            Env = env,
            EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = ConfigMapName } }],
            ReadinessProbe = Probe(entry, ServiceEnvironment.ReadinessPath, initialDelaySeconds: 5),
            LivenessProbe = Probe(entry, ServiceEnvironment.LivenessPath, initialDelaySeconds: 15),
            Resources = new V1ResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("128Mi") },
                Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("1"), ["memory"] = new("512Mi") },
            },
            SecurityContext = new V1SecurityContext { RunAsNonRoot = true, AllowPrivilegeEscalation = false },
            VolumeMounts = workload.DataVolume is null ? null : [new V1VolumeMount { Name = DataVolumeName, MountPath = DataPath }],
        };
    }

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
