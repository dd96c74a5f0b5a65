using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Azora.ServiceDefaults.Security;

/// <summary>
/// ASP.NET Core's handler provider, except that a scheme bound to another service's port (<see cref="SchemePorts"/>)
/// has no handler for a request on this port, so the authentication middleware does not offer it the request.
/// </summary>
internal sealed class PortBoundAuthenticationHandlers(IAuthenticationSchemeProvider schemes, SchemePorts ports) : IAuthenticationHandlerProvider
{
    private readonly AuthenticationHandlerProvider _handlers = new(schemes);

    public Task<IAuthenticationHandler?> GetHandlerAsync(HttpContext context, string authenticationScheme) =>
        ports.Admits(authenticationScheme, context.Connection.LocalPort)
            ? _handlers.GetHandlerAsync(context, authenticationScheme)
            : Task.FromResult<IAuthenticationHandler?>(null);
}
