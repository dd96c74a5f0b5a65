using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.HealthMonitor.Features.Status;

/// <summary>The platform's public status as JSON: anyone may read it, and it names no instance and no error.</summary>
internal static class GetStatus
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/status", HandleAsync)
            .AllowAnonymous()
            .WithName("GetStatus")
            .WithSummary("The platform's public status: each service's state and uptime, and open and recent incidents.");

    private static async Task<Ok<StatusReport>> HandleAsync(StatusReporter reporter, HttpContext http, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(await reporter.BuildAsync(cancellationToken));
    }
}
