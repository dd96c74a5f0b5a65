using System.Net;
using System.Net.Sockets;

namespace Azora.Testing;

/// <summary>
/// Loopback ports nobody is listening on, so parallel tests never fight over the catalog's ports. They are taken below
/// the kernel's ephemeral range (32768 and up), where outgoing connections would otherwise grab a port between the
/// moment it is found free and the moment a test host binds it; each test process starts at its own offset.
/// </summary>
public static class FreePorts
{
    private const int First = 20000;
    private const int Count = 12000;
    private static int _next = Environment.ProcessId * 397 % Count;

    public static int Next()
    {
        for (var attempt = 0; attempt < Count; attempt++)
        {
            var port = First + (Interlocked.Increment(ref _next) % Count);
            if (IsFree(port))
            {
                return port;
            }
        }
        throw new InvalidOperationException($"No free loopback port between {First} and {First + Count}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
