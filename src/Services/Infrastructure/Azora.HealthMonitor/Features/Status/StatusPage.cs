using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.HealthMonitor.Features.Status;

/// <summary><c>GET /status</c>: the public status page, rendered on the server as plain HTML without scripts.</summary>
internal static class StatusPage
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/status", HandleAsync)
            .AllowAnonymous()
            .WithTags("Status")
            .WithName("StatusPage")
            .WithSummary("The public status page: each service, its state, its uptime over 30 days and open and recent incidents.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");

    private static async Task<ContentHttpResult> HandleAsync(StatusReporter reporter, HttpContext http, CancellationToken cancellationToken)
    {
        var report = await reporter.BuildAsync(cancellationToken);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        return TypedResults.Content(StatusPageHtml.Render(report), "text/html; charset=utf-8");
    }
}
