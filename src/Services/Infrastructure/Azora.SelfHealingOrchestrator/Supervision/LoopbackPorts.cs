using System.Net;
using System.Net.Sockets;

namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>
/// Loopback ports nobody listens on, for replicas and throwaway brokers. They are taken below the kernel's ephemeral range
/// (32768 and up), where an outgoing connection could grab a port between the moment it is found free and the moment
/// the new process binds it.
/// </summary>
public static class LoopbackPorts
{
    private const int First = 20000;
    private const int Count = 12000;

    public static int Free()
    {
        var start = Random.Shared.Next(Count);
        for (var i = 0; i < Count; i++)
        {
            var port = First + ((start + i) % Count);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken; try the next one.
            }
        }
        throw new InvalidOperationException($"No free loopback port between {First} and {First + Count}.");
    }
}
