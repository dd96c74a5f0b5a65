using System.Net.Http;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// YARP's clients to the instances behind the gateway, as YARP makes them (no proxy, cookies, redirects or
/// decompression; pooled keep-alive connections), except that a request for a service of this same process is handed
/// to it in memory (<see cref="InProcessApplication"/>); anything else goes over TCP as the handler would send it.
/// Everything above that (routes, transforms, load balancing, health, retries) is YARP's either way.
/// </summary>
internal sealed class InProcessForwarderClients(InProcessApplication inProcess, ILogger<ForwarderHttpClientFactory> logger)
    : ForwarderHttpClientFactory(logger)
{
    /// <summary>Inside YARP's own wrapping (trace context propagation), so a request handed over in memory carries it too.</summary>
    protected override HttpMessageHandler WrapHandler(ForwarderHttpClientContext context, HttpMessageHandler handler) =>
        base.WrapHandler(context, new InProcessOrNetwork(inProcess, handler));

    private sealed class InProcessOrNetwork(InProcessApplication inProcess, HttpMessageHandler network) : DelegatingHandler(network)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            // An upgrade (WebSocket) needs the connection itself, which only a socket gives.
            inProcess.PortFor(request.RequestUri!) is { } port && !request.Headers.NonValidated.Contains("Upgrade")
                ? inProcess.SendAsync(request, port, cancellationToken)
                : base.SendAsync(request, cancellationToken);
    }
}
