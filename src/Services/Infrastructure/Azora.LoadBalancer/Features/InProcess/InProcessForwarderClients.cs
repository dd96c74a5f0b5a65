using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// YARP's clients to the instances behind the gateway, as YARP makes them (no proxy, cookies, redirects or
/// decompression; pooled keep-alive connections), except how a connection is opened: to a service of this same
/// process in memory (<see cref="InProcessListeners"/>), to anything else over TCP as the handler would by itself.
/// Everything above the connection (HTTP/1.1, headers, transforms, health, retries) is the same either way.
/// </summary>
internal sealed class InProcessForwarderClients(InProcessListeners listeners, ILogger<ForwarderHttpClientFactory> logger)
    : ForwarderHttpClientFactory(logger)
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectCallback = ConnectAsync;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        if (listeners.TryConnect(context.DnsEndPoint) is { } inProcess)
        {
            return inProcess;
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
