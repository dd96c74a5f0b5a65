using Azora.LoadBalancer.Domain;

namespace Azora.LoadBalancer.Features.Instances;

/// <summary>An instance as the API shows it once registered.</summary>
internal sealed record InstanceResponse(string ServiceId, string InstanceId, string Address)
{
    public static InstanceResponse From(RegisteredInstance instance) =>
        new(instance.ServiceId, instance.InstanceId, instance.Address.ToString());
}
