using Azora.LoadBalancer.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Azora.LoadBalancer.Features.Retries;

/// <summary>
/// A proxy pipeline step placed before load balancing: when forwarding fails in transport before any response began
/// (the instance refused the connection, dropped it, or failed reading the body), an idempotent request is sent again
/// to another available instance, up to <see cref="GatewayRetryOptions.MaxAttempts"/> tries. Anything else is forwarded
/// once: a failed POST may have taken effect before the connection broke, and a second try could do it twice.
/// </summary>
internal sealed partial class IdempotentRetries(GatewayRetryOptions options, IProxyStateLookup state, ILogger<IdempotentRetries> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (options.MaxAttempts <= 1 || !RetryPolicy.MayRetry(context.Request))
        {
            await next(context);
            return;
        }

        // A body is kept as it is read, so that a second try can send it again from the start; most requests retried
        // (GET, HEAD, DELETE) have none, and wrapping their empty body would cost every one of them an allocation.
        var hasBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (hasBody)
        {
            context.Request.EnableBuffering();
        }
        var proxy = context.GetReverseProxyFeature();
        var tried = new List<DestinationState>();
        for (var attempt = 1; ; attempt++)
        {
            await next(context);

            var failure = context.GetForwarderErrorFeature();
            if (failure is null || !RetryPolicy.IsTransportFailure(failure.Error) || attempt >= options.MaxAttempts
                || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
            {
                return;
            }
            if (proxy.ProxiedDestination is { } failed)
            {
                tried.Add(failed);
            }
            // The cluster's available destinations now: passive health may just have taken the failed one out.
            var others = state.TryGetCluster(proxy.Cluster.Config.ClusterId, out var cluster)
                ? cluster.DestinationsState.AvailableDestinations.Where(d => !tried.Contains(d)).ToList()
                : [];
            if (others.Count == 0)
            {
                return;
            }

            LogRetrying(logger, context.Request.Method, proxy.Cluster.Config.ClusterId, proxy.ProxiedDestination?.DestinationId, failure.Error);
            context.Features.Set<IForwarderErrorFeature>(null);
            context.Response.Clear();
            if (hasBody)
            {
                context.Request.Body.Position = 0;
            }
            proxy.AvailableDestinations = others;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrying {Method} to {ServiceId} on another instance after {Destination} failed: {Error}")]
    private static partial void LogRetrying(ILogger logger, string method, string serviceId, string? destination, ForwarderError error);
}
