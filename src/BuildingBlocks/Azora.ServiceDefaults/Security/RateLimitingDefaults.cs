using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.ServiceDefaults.Security;

/// <summary>
/// A fixed window per signed-in user, or per client address for anonymous callers (<see cref="CallerWindowLimiter"/>,
/// <c>Azora:RateLimit:PermitsPerMinute</c>); 429 with Retry-After. Endpoints marked <c>DisableRateLimiting</c> are not
/// counted. ASP.NET Core's rate limiter stays in the pipeline for endpoint policies and answers its refusals the same way;
/// a limit of its own outside the pipeline (the gateway's edge limit) answers with <see cref="WriteTooManyRequestsAsync"/>.
/// </summary>
public static class RateLimitingDefaults
{
    public const string PermitsPerMinuteKey = "Azora:RateLimit:PermitsPerMinute";
    public const int DefaultPermitsPerMinute = 1200;

    public static IServiceCollection AddAzoraRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue(PermitsPerMinuteKey, DefaultPermitsPerMinute);
        services.AddSingleton(provider =>
            new CallerWindowLimiter(permits, TimeSpan.FromMinutes(1), provider.GetRequiredService<TimeProvider>()));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => new ValueTask(WriteTooManyRequestsAsync(
                context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1)));
        });
        return services;
    }

    /// <summary>Counts every request against its caller's window, then applies endpoint rate limiting policies.</summary>
    public static IApplicationBuilder UseAzoraRateLimiting(this IApplicationBuilder app)
    {
        app.UseMiddleware<CallerRateLimitMiddleware>();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The platform's refusal: 429 problem details with Retry-After in whole seconds.</summary>
    public static Task WriteTooManyRequestsAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"Try again in {seconds} seconds.",
            },
        }).AsTask();
    }
}
