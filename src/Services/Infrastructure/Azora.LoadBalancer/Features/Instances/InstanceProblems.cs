using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Azora.LoadBalancer.Features.Instances;

/// <summary>The problem responses of the instance API, with fields named as the client sent them.</summary>
internal static class InstanceProblems
{
    public static ProblemHttpResult NoService(string serviceId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"The gateway does not route to '{serviceId}'.");

    public static ProblemHttpResult NoInstance(string serviceId, string instanceId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{serviceId} has no instance '{instanceId}' in rotation.");

    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public const string InstanceIdRule = "must be 1 to 64 letters, digits, dots, dashes or underscores";
}
