using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Azora.LoadBalancer.Features.Proxying;

/// <summary>
/// The first step of the proxy pipeline: when forwarding fails before the response has begun, answers with RFC 9457
/// problem details naming the service (502 unreachable or bad response, 503 no healthy instance with Retry-After, 504
/// too slow) instead of YARP's empty response.
/// </summary>
internal static partial class ProxyFailureProblems
{
    public static async Task WriteOnFailureAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);

        var failure = context.GetForwarderErrorFeature();
        if (failure is null || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var serviceId = context.GetReverseProxyFeature().Cluster?.Config.ClusterId ?? context.GetRouteModel().Config.RouteId;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProxyFailureProblems));
        LogForwardingFailed(logger, serviceId, failure.Error, failure.Exception);

        var (status, title, detail) = Describe(failure.Error, serviceId);
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            // As a service whose database is away says it: the caller may try again shortly, and nothing was done.
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        await TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
    }

    /// <summary>How soon a caller turned away for want of a healthy instance may try again: about two readiness probes.</summary>
    public const string RetryAfterSeconds = "5";

    internal static (int Status, string Title, string Detail) Describe(ForwarderError error, string serviceId) => error switch
    {
        ForwarderError.NoAvailableDestinations => (
            StatusCodes.Status503ServiceUnavailable,
            $"{serviceId} is unavailable.",
            $"No healthy instance of {serviceId} is available right now; try again shortly."),
        ForwarderError.RequestTimedOut => (
            StatusCodes.Status504GatewayTimeout,
            $"{serviceId} did not answer in time.",
            $"The gateway gave up waiting for {serviceId}."),
        ForwarderError.RequestBodyClient => (
            StatusCodes.Status400BadRequest,
            "The request body could not be read.",
            $"The gateway could not read the request body to forward it to {serviceId}."),
        _ => (
            StatusCodes.Status502BadGateway,
            $"{serviceId} could not be reached.",
            $"The gateway did not get a valid response from {serviceId}."),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forwarding to {ServiceId} failed: {Error}")]
    private static partial void LogForwardingFailed(ILogger logger, string serviceId, ForwarderError error, Exception? exception);
}
