using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Azora.ServiceDefaults.Security;

/// <summary>
/// Admits a request when its caller's window (<see cref="CallerWindowLimiter"/>) has a permit left, else answers 429
/// with Retry-After. Runs after authentication, so a signed-in user is counted by the token's subject wherever they
/// connect from; anonymous callers by their address. An endpoint with a rate-limiting policy of its own is limited by
/// that policy alone, and one marked <c>DisableRateLimiting</c> is not counted here (the gateway's proxied routes: its
/// edge limit counts them by address), so a request the gateway forwards to a service of the same process is counted
/// once against its caller's window, by the service, not twice.
/// </summary>
internal sealed class CallerRateLimitMiddleware(RequestDelegate next, CallerWindowLimiter limiter)
{
    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<DisableRateLimitingAttribute>() is not null || metadata?.GetMetadata<EnableRateLimitingAttribute>() is not null)
        {
            return next(context);
        }
        var caller = context.User.FindFirst(AuthenticationDefaults.SubjectClaim)?.Value is { } subject
            ? CallerKey.ForUser(subject)
            : CallerKey.ForAddress(context.Connection.RemoteIpAddress);
        return limiter.TryAcquire(caller, out var retryAfter)
            ? next(context)
            : RateLimitingDefaults.WriteTooManyRequestsAsync(context, retryAfter);
    }
}
