using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;

namespace Azora.SessionService.Server;

/// <summary>
/// Brings the registered clients in line with <see cref="ClientCatalog"/> at start-up. Registered after the platform's
/// migration step, so the tables exist when it runs.
/// </summary>
internal sealed class ClientRegistration(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var catalog = scope.ServiceProvider.GetRequiredService<ClientCatalog>();
        foreach (var descriptor in catalog.Descriptors())
        {
            if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
