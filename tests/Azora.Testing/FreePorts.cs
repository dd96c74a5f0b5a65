using System.Net;
using System.Net.Sockets;

namespace Azora.Testing;

/// <summary>Loopback ports nobody is listening on, so parallel tests never fight over the catalog's ports.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
