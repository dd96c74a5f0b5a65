using OpenIddict.Server;
using Microsoft.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Azora.SessionService.Server;

/// <summary>
/// OpenIddict answers from the authentication middleware, before routing, so on its own it would answer
/// <c>/connect/token</c> on every service's port of a one-process host. This handler keeps it to session-service's port,
/// like every other endpoint (the connection's local port, never the Host header).
/// </summary>
internal static class OnlyOnOwnPort
{
    public static OpenIddictServerHandlerDescriptor Descriptor(int port) =>
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
            .UseInlineHandler(context =>
            {
                if (context.Transaction.GetHttpRequest() is { } request && request.HttpContext.Connection.LocalPort != port)
                {
                    context.EndpointType = OpenIddictServerEndpointType.Unknown;
                }
                return default;
            })
            .SetOrder(OpenIddictServerHandlers.InferEndpointType.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();
}
