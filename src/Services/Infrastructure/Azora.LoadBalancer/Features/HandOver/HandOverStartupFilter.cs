using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.LoadBalancer.Features.HandOver;

/// <summary>
/// Puts the hand-over (<see cref="SameProcessHandOver"/>) in front of routing, for connections on the gateway's port
/// only, so that routing, authentication and the rest of the pipeline see the request as the service's.
/// </summary>
internal sealed class HandOverStartupFilter(int gatewayPort) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var handOver = app.ApplicationServices.GetRequiredService<SameProcessHandOver>();
        app.Use((context, nextMiddleware) => context.Connection.LocalPort == gatewayPort
            ? handOver.InvokeAsync(context, nextMiddleware)
            : nextMiddleware(context));
        next(app);
    };
}
