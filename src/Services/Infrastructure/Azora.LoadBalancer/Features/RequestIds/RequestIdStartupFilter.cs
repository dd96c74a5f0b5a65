using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Azora.LoadBalancer.Features.RequestIds;

/// <summary>
/// Puts the request id at the very front of the pipeline, for connections on the gateway's port only, so that every
/// answer the gateway gives carries it: proxied responses, its own problems (429, 502, 503) and its own endpoints.
/// </summary>
internal sealed class RequestIdStartupFilter(int gatewayPort) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Connection.LocalPort == gatewayPort)
            {
                Assign(context);
            }
            await nextMiddleware(context);
        });
        next(app);
    };

    private static void Assign(HttpContext context)
    {
        var id = RequestId.From(context.Request.Headers[RequestId.Header]);
        // The forwarded request copies this header, so the service behind sees the same id.
        context.Request.Headers[RequestId.Header] = id;
        context.TraceIdentifier = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[RequestId.Header] = id;
            return Task.CompletedTask;
        });
    }
}
