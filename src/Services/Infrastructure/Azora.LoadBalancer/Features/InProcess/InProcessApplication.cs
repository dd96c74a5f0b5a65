using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// The application this process's server runs, and the ports it listens on. When the gateway forwards to a loopback
/// address whose port is one of them, the service is in this very process: the request is handed to the application
/// as the server would hand it one it had read from a socket, with that port as the connection's local end (which routes
/// it to that service's endpoints), instead of being written out as HTTP/1.1 and parsed back in.
/// </summary>
internal sealed class InProcessApplication(IOptions<KestrelServerOptions> server, ILogger<InProcessApplication> logger)
{
    private Func<InProcessExchange, Task>? _process;
    private IReadOnlySet<int> _ports = new HashSet<int>();
    private long _served;

    /// <summary>Requests handed to the application in memory so far (what a test or an operator can check).</summary>
    public long Served => Interlocked.Read(ref _served);

    public void Serve<TContext>(IHttpApplication<TContext> application, IEnumerable<string> addresses) where TContext : notnull
    {
        _ports = addresses.Select(BindingAddress.Parse).Where(ReachableFromLoopback).Select(a => a.Port).ToHashSet();
        _process = exchange => exchange.RunAsync(application);
    }

    public void Stop() => _process = null;

    /// <summary>The port of this process that serves <paramref name="destination"/>, or null when none does.</summary>
    public int? PortFor(Uri destination) =>
        _process is not null && destination.IsLoopback && _ports.Contains(destination.Port) ? destination.Port : null;

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, int port, CancellationToken cancellationToken)
    {
        var process = _process ?? throw new HttpRequestException(HttpRequestError.ConnectionError, "The in-process server has stopped.");
        var exchange = new InProcessExchange(request, port, server.Value.Limits.MaxRequestBodySize, logger, cancellationToken);
        Interlocked.Increment(ref _served);
        _ = process(exchange);
        return exchange.Response;
    }

    private static bool ReachableFromLoopback(BindingAddress address) =>
        address.Host is "localhost" or "*" or "+"
        || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip)
            && (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)));
}
