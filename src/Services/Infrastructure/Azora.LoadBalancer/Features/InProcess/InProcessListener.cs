using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// One Kestrel endpoint's accept queue, fed by its socket listener and by in-memory connections from this process.
/// Kestrel accepts both the same way, so a request arriving in memory meets the same protocol handling, limits,
/// port-bound routing and middleware as one arriving over TCP.
/// </summary>
internal sealed class InProcessListener : IConnectionListener
{
    private readonly IConnectionListener _sockets;
    private readonly InProcessListeners _registry;
    private readonly Channel<ConnectionContext> _accepted =
        Channel.CreateUnbounded<ConnectionContext>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IPEndPoint _local;
    private readonly Task _socketAccepts;

    public InProcessListener(IConnectionListener sockets, InProcessListeners registry)
    {
        _sockets = sockets;
        _registry = registry;
        var bound = (IPEndPoint)sockets.EndPoint;
        // A loopback client connecting to an endpoint bound to "any" arrives on a loopback address, as over TCP.
        _local = new IPEndPoint(IPAddress.IsLoopback(bound.Address) ? bound.Address : IPAddress.Loopback, bound.Port);
        _socketAccepts = AcceptSocketsAsync();
        registry.Add(this);
    }

    public EndPoint EndPoint => _sockets.EndPoint;

    public int Port => _local.Port;

    /// <summary>Opens a connection in memory and queues its server side for Kestrel; the caller gets the client side.</summary>
    public Stream Connect()
    {
        var connection = new InProcessConnection(_local, new IPEndPoint(_local.Address, 0));
        if (!_accepted.Writer.TryWrite(connection))
        {
            // As a socket to an endpoint that stopped listening: refused.
            throw new SocketException((int)SocketError.ConnectionRefused);
        }
        return connection.Client;
    }

    public async ValueTask<ConnectionContext?> AcceptAsync(CancellationToken cancellationToken = default)
    {
        while (await _accepted.Reader.WaitToReadAsync(cancellationToken))
        {
            if (_accepted.Reader.TryRead(out var connection))
            {
                return connection;
            }
        }
        return null;
    }

    public async ValueTask UnbindAsync(CancellationToken cancellationToken = default)
    {
        _registry.Remove(this);
        await _sockets.UnbindAsync(cancellationToken);
        await _socketAccepts;
    }

    public async ValueTask DisposeAsync()
    {
        _registry.Remove(this);
        await _sockets.DisposeAsync();
        await _socketAccepts;
        while (_accepted.Reader.TryRead(out var unaccepted))
        {
            await unaccepted.DisposeAsync();
        }
    }

    /// <summary>Moves socket connections into the shared queue; when the socket listener ends, so does the queue.</summary>
    private async Task AcceptSocketsAsync()
    {
        try
        {
            while (await _sockets.AcceptAsync() is { } connection)
            {
                await _accepted.Writer.WriteAsync(connection);
            }
            _accepted.Writer.TryComplete();
        }
        catch (Exception failure)
        {
            _accepted.Writer.TryComplete(failure);
        }
    }
}
