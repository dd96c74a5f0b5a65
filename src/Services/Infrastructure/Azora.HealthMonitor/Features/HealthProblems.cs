using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Azora.HealthMonitor.Features;

/// <summary>The problem responses health-monitor's endpoints share.</summary>
internal static class HealthProblems
{
    public static ProblemHttpResult NoService(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The service is not one the monitor watches.", detail: $"No implemented service has the id '{id}'.");

    public static ProblemHttpResult NoIncident() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The incident does not exist.");
}
