using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Azora.LoadBalancer.Features.Retries;

/// <summary>Which proxied requests may be sent twice, and which failures are worth another instance.</summary>
internal static class RetryPolicy
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>
    /// GET, HEAD, OPTIONS, PUT and DELETE are idempotent by definition (RFC 9110 §9.2.2): doing one twice leaves the same
    /// state as doing it once. A POST is retried only when it carries an <c>Idempotency-Key</c>: the platform's services
    /// store the key with the first outcome, in the database every instance shares, and answer a repeat with that outcome
    /// instead of acting again, so a POST that did reach the failed instance is not done twice.
    /// </summary>
    public static bool MayRetry(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        || HttpMethods.IsHead(request.Method)
        || HttpMethods.IsOptions(request.Method)
        || HttpMethods.IsPut(request.Method)
        || HttpMethods.IsDelete(request.Method)
        || (HttpMethods.IsPost(request.Method) && request.Headers[IdempotencyKeyHeader] is [{ Length: > 0 }]);

    /// <summary>
    /// The instance could not be reached or broke the exchange before answering: connecting, sending the request or its
    /// body failed. Timeouts are not retried (the instance may still be working on it, and another wait doubles the
    /// caller's), nor failures of the caller's own connection.
    /// </summary>
    public static bool IsTransportFailure(ForwarderError error) =>
        error is ForwarderError.Request or ForwarderError.RequestBodyDestination;
}
