using Azora.LoadBalancer.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Azora.LoadBalancer.Features.Instances;

/// <summary>
/// A supervisor drains an instance before stopping or restarting it: new requests go to the other instances at once,
/// and requests already forwarded to it run to their end.
/// </summary>
internal static partial class RemoveInstance
{
    public static void Map(IEndpointRouteBuilder instances) =>
        instances.MapDelete("/{serviceId}/{instanceId}", Handle)
            .WithName("RemoveInstance")
            .WithSummary("Drain an instance out of the gateway's rotation; requests in flight to it finish.");

    private static Results<NoContent, ProblemHttpResult> Handle(
        string serviceId, string instanceId, InstanceRegistry registry, ILogger<InstanceRegistry> logger)
    {
        if (!registry.Routes(serviceId))
        {
            return InstanceProblems.NoService(serviceId);
        }
        if (!registry.Remove(serviceId, instanceId))
        {
            return InstanceProblems.NoInstance(serviceId, instanceId);
        }
        LogRemoved(logger, serviceId, instanceId);
        return TypedResults.NoContent();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{ServiceId} instance {InstanceId} drained out of rotation")]
    private static partial void LogRemoved(ILogger logger, string serviceId, string instanceId);
}
