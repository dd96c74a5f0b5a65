using System.Collections.Frozen;
using Azora.LoadBalancer.Domain;
using Azora.LoadBalancer.Features.EdgeRateLimiting;
using Azora.LoadBalancer.Features.InProcess;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy;

namespace Azora.LoadBalancer.Features.HandOver;

/// <summary>
/// A request to a service whose one instance in rotation is this very process is not forwarded: the gateway counts it
/// against the edge limit, moves the service's prefix from the path to the path base and hands the request, on its own
/// connection, to the rest of the pipeline as if it had arrived on the service's port. The service's endpoints,
/// authentication and limits then handle it once, as they handle a request sent to the service directly; they see the
/// client's own address and headers, and the gateway's address with the prefix as the base of the URLs they write. YARP
/// forwards every other request: to instances in other processes, to several instances of a service (balanced, with
/// retries), and when the service has no healthy instance (its 503 problem). The choice follows YARP's own view of the
/// service's healthy instances, so draining or adding an instance at runtime takes effect on the next request.
/// </summary>
internal sealed class SameProcessHandOver
{
    private readonly FrozenDictionary<string, (string Id, PathString Prefix)>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly IProxyStateLookup _proxy;
    private readonly InProcessListeners _listeners;
    private readonly EdgeRateLimiter _edge;
    private long _handedOver;

    public SameProcessHandOver(IEnumerable<string> serviceIds, IProxyStateLookup proxy, InProcessListeners listeners, EdgeRateLimiter edge)
    {
        _prefixes = serviceIds
            .ToFrozenDictionary(id => id, id => (id, new PathString(GatewayRoutes.PrefixOf(id))), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _proxy = proxy;
        _listeners = listeners;
        _edge = edge;
    }

    /// <summary>Requests handed over so far (what a test or an operator can check).</summary>
    public long HandedOver => Interlocked.Read(ref _handedOver);

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!TryFindServiceHere(request.Path, out var prefix, out var rest, out var port))
        {
            return next(context);
        }
        if (!_edge.Admits(context, out var retryAfter))
        {
            return EdgeRateLimiter.Refuse(context, retryAfter);
        }
        Interlocked.Increment(ref _handedOver);
        context.Features.Set<IHttpConnectionFeature>(
            new ServicePortConnection(context.Features.GetRequiredFeature<IHttpConnectionFeature>(), port));
        request.PathBase = request.PathBase.Add(prefix);
        request.Path = rest;
        return next(context);
    }

    /// <summary>The service the path's first segment names, when its only healthy instance is an endpoint of this process.</summary>
    private bool TryFindServiceHere(PathString path, out PathString prefix, out PathString rest, out int port)
    {
        prefix = rest = default;
        port = 0;
        var segments = path.Value.AsSpan();
        if (segments.Length < 2)
        {
            return false;
        }
        var first = segments[1..];
        if (first.IndexOf('/') is var end and >= 0)
        {
            first = first[..end];
        }
        return _prefixes.TryGetValue(first, out var service)
            && _proxy.TryGetCluster(service.Id, out var cluster)
            && cluster.DestinationsState.AvailableDestinations is [var only]
            && _listeners.Serves(only.Model.Config.Address, out port)
            && path.StartsWithSegments(service.Prefix, StringComparison.OrdinalIgnoreCase, out prefix, out rest);
    }
}
