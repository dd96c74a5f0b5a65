using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Azora.ServiceDefaults.Health;

/// <summary><c>/health/live</c>: the process is up. <c>/health/ready</c>: this service's database, broker and peers answer.</summary>
public static class HealthDefaults
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static void MapAzoraHealth(this IEndpointRouteBuilder endpoints, string serviceId)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = WriteJson,
        }).AllowAnonymous().DisableRateLimiting();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(serviceId),
            ResponseWriter = WriteJson,
        }).AllowAnonymous().DisableRateLimiting();
    }

    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key[(entry.Key.IndexOf(':') + 1)..],
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        }, JsonSerializerOptions.Web, context.RequestAborted);
    }
}
