using Azora.ServiceDefaults.Security;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Azora.SessionService.Server;

/// <summary>
/// Replaces OpenIddict's authorized-party rule for introspection. Every Azora access token has the one platform audience
/// <c>azora</c>, so any confidential service client (which must authenticate and hold the introspection permission) may
/// introspect an access token for that audience; any other token only by the client it was issued to.
/// </summary>
internal sealed class PlatformIntrospection : IOpenIddictServerHandler<ValidateIntrospectionRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateIntrospectionRequestContext>()
            .UseSingletonHandler<PlatformIntrospection>()
            .SetOrder(OpenIddictServerHandlers.Introspection.ValidateAuthorizedParty.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateIntrospectionRequestContext context)
    {
        var principal = context.GenericTokenPrincipal;
        var caller = context.Request.ClientId;
        if (principal is null || string.IsNullOrEmpty(caller))
        {
            context.Reject(Errors.InvalidToken, "The token cannot be introspected by this client.");
            return default;
        }
        var allowed = principal.HasPresenter(caller)
            || principal.HasAudience(caller)
            || (principal.HasTokenType(TokenTypeIdentifiers.AccessToken) && principal.HasAudience(AuthenticationDefaults.Audience));
        if (!allowed)
        {
            context.Reject(Errors.InvalidToken, "The token cannot be introspected by this client.");
        }
        return default;
    }
}
