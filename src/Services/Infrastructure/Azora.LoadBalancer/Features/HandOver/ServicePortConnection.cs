using System.Net;
using Microsoft.AspNetCore.Http.Features;

namespace Azora.LoadBalancer.Features.HandOver;

/// <summary>
/// The connection as a request handed over to a service of this process sees it: the client's own, except that it
/// arrived on the service's port, which is what the port-bound parts of the pipeline (routing, authentication schemes,
/// the authorization server) read to know whose request it is.
/// </summary>
internal sealed class ServicePortConnection(IHttpConnectionFeature socket, int servicePort) : IHttpConnectionFeature
{
    public string ConnectionId { get => socket.ConnectionId; set => socket.ConnectionId = value; }

    public IPAddress? RemoteIpAddress { get => socket.RemoteIpAddress; set => socket.RemoteIpAddress = value; }

    public IPAddress? LocalIpAddress { get => socket.LocalIpAddress; set => socket.LocalIpAddress = value; }

    public int RemotePort { get => socket.RemotePort; set => socket.RemotePort = value; }

    public int LocalPort { get; set; } = servicePort;
}
