using System.Collections.Concurrent;
using System.Net;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// The ports this process's Kestrel listens on, each reachable without a socket. When the gateway forwards to a
/// loopback address whose port is one of them, the service is in this very process, and the connection is a pair of
/// in-memory pipes into the same Kestrel endpoint instead of a TCP connection through the kernel.
/// </summary>
internal sealed class InProcessListeners
{
    private readonly ConcurrentDictionary<int, InProcessListener> _byPort = new();
    // An instance's address as YARP holds it, to the loopback port it names (0 for any other address), parsed once.
    private readonly ConcurrentDictionary<string, int> _loopbackPorts = new(StringComparer.Ordinal);
    private long _opened;

    /// <summary>Connections opened in memory so far (what a test or an operator can check).</summary>
    public long Opened => Interlocked.Read(ref _opened);

    public void Add(InProcessListener listener) => _byPort[listener.Port] = listener;

    public void Remove(InProcessListener listener) => _byPort.TryRemove(KeyValuePair.Create(listener.Port, listener));

    /// <summary>A connection to <paramref name="destination"/> in memory, or null when no endpoint of this process serves it.</summary>
    public Stream? TryConnect(DnsEndPoint destination)
    {
        if (!IsLoopback(destination.Host) || !_byPort.TryGetValue(destination.Port, out var listener))
        {
            return null;
        }
        var stream = listener.Connect();
        Interlocked.Increment(ref _opened);
        return stream;
    }

    /// <summary>Whether <paramref name="address"/> (an absolute base address) is an endpoint of this process, and its port.</summary>
    public bool Serves(string address, out int port)
    {
        port = _loopbackPorts.GetOrAdd(address, static address =>
            Uri.TryCreate(address, UriKind.Absolute, out var uri) && IsLoopback(uri.Host) ? uri.Port : 0);
        return port != 0 && _byPort.ContainsKey(port);
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
