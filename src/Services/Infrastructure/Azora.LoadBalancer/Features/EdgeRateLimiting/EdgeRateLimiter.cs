using Azora.LoadBalancer.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;

namespace Azora.LoadBalancer.Features.EdgeRateLimiting;

/// <summary>
/// The limit on every request the gateway passes to a service, forwarded (the first step of the proxy pipeline) or
/// handed over in the same process (<see cref="HandOver.SameProcessHandOver"/>): a fixed window per client address
/// (<see cref="GatewayRateLimitOptions"/>), counted without locks by the platform's <see cref="CallerWindowLimiter"/>.
/// ASP.NET Core's partitioned limiter, which held it before, takes a lock per request, and every request from one
/// address contended for it (about a tenth of the gateway's thread time under load). A refusal is the platform's 429
/// problem with Retry-After. The proxied routes are marked <c>DisableRateLimiting</c> for the shared pipeline, so the
/// caller limiter leaves the request to this limit and to the service behind, which counts it once against its caller.
/// </summary>
internal sealed class EdgeRateLimiter(GatewayRateLimitOptions limits, TimeProvider clock)
{
    private readonly CallerWindowLimiter _windows = new(limits.PermitLimit, limits.Window, clock);

    public Task InvokeAsync(HttpContext context, RequestDelegate next) =>
        Admits(context, out var retryAfter) ? next(context) : Refuse(context, retryAfter);

    /// <summary>Counts the request against its client address; false when the address has used up its window.</summary>
    public bool Admits(HttpContext context, out TimeSpan retryAfter) =>
        _windows.TryAcquire(CallerKey.ForAddress(context.Connection.RemoteIpAddress), out retryAfter);

    public static Task Refuse(HttpContext context, TimeSpan retryAfter) =>
        RateLimitingDefaults.WriteTooManyRequestsAsync(context, retryAfter);
}
