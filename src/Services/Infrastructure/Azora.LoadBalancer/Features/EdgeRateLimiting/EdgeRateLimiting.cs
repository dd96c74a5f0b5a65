using System.Threading.RateLimiting;
using Azora.LoadBalancer.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.LoadBalancer.Features.EdgeRateLimiting;

/// <summary>
/// The limit every proxied route carries (<see cref="GatewayRoutes.EdgeRateLimitPolicy"/>): a fixed window per client
/// address, on top of the platform's global limiter. Rejections use the platform's 429 problem with Retry-After.
/// </summary>
internal static class EdgeRateLimiting
{
    public static IServiceCollection AddGatewayEdgeRateLimiting(this IServiceCollection services, GatewayRateLimitOptions limits) =>
        services.AddRateLimiter(options => options.AddPolicy(GatewayRoutes.EdgeRateLimitPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = limits.Window,
                    QueueLimit = 0,
                })));
}
