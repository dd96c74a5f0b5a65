using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// The host's server (Kestrel) as it is, except that when it starts it tells <see cref="InProcessApplication"/> the
/// application it serves and the addresses it listens on, so the gateway can hand requests for those addresses to the
/// application directly.
/// </summary>
internal sealed class InProcessServer(IServer server, InProcessApplication inProcess) : IServer
{
    /// <summary>Wraps the server the host registered (Kestrel), which must be registered before this is called.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IServer));
        services.Remove(registered);
        services.AddSingleton<IServer>(provider => new InProcessServer(
            (IServer)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!)),
            provider.GetRequiredService<InProcessApplication>()));
    }

    public IFeatureCollection Features => server.Features;

    public async Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        await server.StartAsync(application, cancellationToken);
        inProcess.Serve(application, server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        inProcess.Stop();
        return server.StopAsync(cancellationToken);
    }

    public void Dispose() => server.Dispose();
}
