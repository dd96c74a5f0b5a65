using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;

namespace Azora.SessionService.Server;

/// <summary>
/// Brings the registered clients in line with <see cref="ClientCatalog"/> at start-up: creates, updates and deletes. Registered after the platform's
/// migration step, so the tables exist when it runs.
/// </summary>
internal sealed class ClientRegistration(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var catalog = scope.ServiceProvider.GetRequiredService<ClientCatalog>();
        var descriptors = catalog.Descriptors().ToList();
        foreach (var descriptor in descriptors)
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

        // A client removed from configuration loses access: its registration (and so its secret) is deleted.
        var known = descriptors.Select(d => d.ClientId).ToHashSet(StringComparer.Ordinal);
        var removed = new List<object>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            if (!known.Contains(await applications.GetClientIdAsync(application, cancellationToken) ?? string.Empty))
            {
                removed.Add(application);
            }
        }
        foreach (var application in removed)
        {
            await applications.DeleteAsync(application, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
