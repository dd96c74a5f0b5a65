using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// Kestrel's transport for IP endpoints in a process that hosts the gateway: each endpoint is bound with Kestrel's own
/// socket transport, exactly as without this factory, and is also reachable in memory through
/// <see cref="InProcessListeners"/> when its address is loopback or any (a loopback client could connect to it).
/// Kestrel asks the last registered factory that can bind an endpoint, so this one takes IP endpoints; anything else
/// (Unix sockets, file handles) stays with the socket transport.
/// </summary>
internal sealed class InProcessTransportFactory(
    IOptions<SocketTransportOptions> options, ILoggerFactory loggerFactory, InProcessListeners listeners)
    : IConnectionListenerFactory, IConnectionListenerFactorySelector
{
    private readonly SocketTransportFactory _sockets = new(options, loggerFactory);

    public bool CanBind(EndPoint endpoint) => endpoint is IPEndPoint;

    public async ValueTask<IConnectionListener> BindAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        var bound = await _sockets.BindAsync(endpoint, cancellationToken);
        if (bound.EndPoint is not IPEndPoint { Address: var address } || !ReachableFromLoopback(address))
        {
            return bound;
        }
        return new InProcessListener(bound, listeners);
    }

    private static bool ReachableFromLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
}
