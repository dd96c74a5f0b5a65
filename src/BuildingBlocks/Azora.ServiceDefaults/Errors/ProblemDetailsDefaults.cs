using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Azora.ServiceDefaults.Errors;

/// <summary>RFC 9457 problem details for every failure, with the trace id and never a stack trace outside Development.</summary>
public static class ProblemDetailsDefaults
{
    public static IServiceCollection AddAzoraProblemDetails(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString()
                ?? context.HttpContext.TraceIdentifier;
            if (!environment.IsDevelopment())
            {
                context.ProblemDetails.Extensions.Remove("exception");
            }
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        services.AddExceptionHandler<UnhandledExceptionHandler>();

        // Malformed bodies reach the exception handler, which names the offending field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
            options.SerializerOptions.MaxDepth = 32;
        });
        return services;
    }

    public static IApplicationBuilder UseAzoraProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    internal static string FieldOf(JsonException exception)
    {
        var path = exception.Path;
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "$";
        }
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
    }
}
