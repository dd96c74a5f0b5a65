using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Azora.ServiceDefaults.Security;

/// <summary>
/// The port of the service that registered each authentication scheme which handles requests by itself
/// (<see cref="IAuthenticationRequestHandler"/>: OpenIddict's server endpoints, a remote sign-in's callback). In one
/// process all services share one set of schemes, and ASP.NET Core offers every request on every port to each such
/// scheme before anything else; OpenIddict alone then spent more time per catalog search than the search itself.
/// Such a scheme now answers only on its own service's port, as that service's endpoints do
/// (<see cref="Hosting.ServicePortMatcherPolicy"/>); the shared schemes (the JWT bearer) answer everywhere.
/// </summary>
public sealed class SchemePorts
{
    private readonly ConcurrentDictionary<string, int> _ports = new(StringComparer.Ordinal);

    /// <summary>Whether a request that arrived on <paramref name="port"/> may reach <paramref name="scheme"/>.</summary>
    public bool Admits(string scheme, int port) => !_ports.TryGetValue(scheme, out var owner) || owner == port;

    internal void Bind(string scheme, int port) => _ports[scheme] = port;

    /// <summary>
    /// Binds to <paramref name="port"/> the request-handling schemes added by the registrations from
    /// <paramref name="firstDescriptor"/> on: those a service made in its <c>AddServices</c>.
    /// </summary>
    public static void BindNewSchemes(IServiceCollection services, int firstDescriptor, int port)
    {
        for (var i = firstDescriptor; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType == typeof(IConfigureOptions<AuthenticationOptions>) && !descriptor.IsKeyedService)
            {
                services[i] = ServiceDescriptor.Describe(
                    descriptor.ServiceType,
                    provider => new PortBoundSchemes(Instantiate(provider, descriptor), port, provider.GetRequiredService<SchemePorts>()),
                    descriptor.Lifetime);
            }
        }
    }

    private static IConfigureOptions<AuthenticationOptions> Instantiate(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (IConfigureOptions<AuthenticationOptions>)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));

    /// <summary>Runs a service's configuration of the schemes and notes the request-handling ones it added.</summary>
    private sealed class PortBoundSchemes(IConfigureOptions<AuthenticationOptions> inner, int port, SchemePorts ports)
        : IConfigureNamedOptions<AuthenticationOptions>
    {
        public void Configure(AuthenticationOptions options) => Configure(Options.DefaultName, options);

        public void Configure(string? name, AuthenticationOptions options)
        {
            var before = options.Schemes.Select(scheme => scheme.Name).ToHashSet(StringComparer.Ordinal);
            if (inner is IConfigureNamedOptions<AuthenticationOptions> named)
            {
                named.Configure(name, options);
            }
            else if (name == Options.DefaultName)
            {
                inner.Configure(options);
            }
            foreach (var scheme in options.Schemes)
            {
                if (!before.Contains(scheme.Name) && typeof(IAuthenticationRequestHandler).IsAssignableFrom(scheme.HandlerType))
                {
                    ports.Bind(scheme.Name, port);
                }
            }
        }
    }
}
