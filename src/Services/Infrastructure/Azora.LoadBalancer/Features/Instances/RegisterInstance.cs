using System.ComponentModel.DataAnnotations;
using Azora.LoadBalancer.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Azora.LoadBalancer.Features.Instances;

internal sealed record RegisterInstanceRequest([Required, MaxLength(2048)] string? Address);

/// <summary>
/// A supervisor puts an instance it started into rotation (or moves it to a new address). Saying the same again changes
/// nothing, so a supervisor may repeat it after any doubt.
/// </summary>
internal static partial class RegisterInstance
{
    public static void Map(IEndpointRouteBuilder instances) =>
        instances.MapPut("/{serviceId}/{instanceId}", Handle)
            .WithName("RegisterInstance")
            .WithSummary("Put an instance of a service into the gateway's rotation, or move it to a new address.");

    private static Results<Created<InstanceResponse>, Ok<InstanceResponse>, ValidationProblem, ProblemHttpResult> Handle(
        string serviceId, string instanceId, RegisterInstanceRequest request, InstanceRegistry registry, ILogger<InstanceRegistry> logger)
    {
        if (!registry.Routes(serviceId))
        {
            return InstanceProblems.NoService(serviceId);
        }
        if (!InstanceId.IsWellFormed(instanceId))
        {
            return InstanceProblems.Field("instanceId", $"The instance id {InstanceProblems.InstanceIdRule}.");
        }
        if (!InstanceAddress.TryParse(request.Address, out var address))
        {
            return InstanceProblems.Field("address", "The address must be an absolute http or https base address without credentials, query or fragment.");
        }

        var outcome = registry.Register(serviceId, instanceId, address);
        var response = InstanceResponse.From(new RegisteredInstance(serviceId, instanceId, address));
        if (outcome == Registration.Unchanged)
        {
            return TypedResults.Ok(response);
        }
        LogRegistered(logger, serviceId, instanceId, address, outcome);
        return outcome == Registration.Added
            ? TypedResults.Created($"/api/instances/{Uri.EscapeDataString(serviceId)}/{Uri.EscapeDataString(instanceId)}", response)
            : TypedResults.Ok(response);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{ServiceId} instance {InstanceId} at {Address} in rotation ({Outcome})")]
    private static partial void LogRegistered(ILogger logger, string serviceId, string instanceId, Uri address, Registration outcome);
}
