using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Server;

/// <summary>
/// session-service's own APIs (sessions, signing keys) refuse an access token whose token entry or whose session
/// (authorization) entry is no longer valid, so signing out of a session takes effect here at once, not at expiry.
/// <para>
/// Why both checks, each on its own: advisory GHSA-cxgj-hwwh-855g (fixed in OpenIddict 7.9.0, we run 7.8.0) is a flaw in
/// OpenIddict's validation stack where authorization-entry validation was not enforced when token-entry validation was
/// off, so a token of a revoked authorization was still accepted. We do not use that stack: every API authenticates with
/// JWT bearer, and this filter looks up the authorization named in the token itself, whatever the token entry says.
/// </para>
/// </summary>
internal sealed class LiveTokenFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var tokenId = http.User.FindFirst(Claims.Private.TokenId)?.Value;
        var authorizationId = http.User.FindFirst(Claims.Private.AuthorizationId)?.Value;
        if (tokenId is null)
        {
            return Revoked(http);
        }

        var tokens = http.RequestServices.GetRequiredService<IOpenIddictTokenManager>();
        var token = await tokens.FindByIdAsync(tokenId, http.RequestAborted);
        if (token is null || !await tokens.HasStatusAsync(token, Statuses.Valid, http.RequestAborted))
        {
            return Revoked(http);
        }

        // The session is checked from the id the token was issued with, never inferred from the token entry.
        authorizationId ??= await tokens.GetAuthorizationIdAsync(token, http.RequestAborted);
        if (authorizationId is not null)
        {
            var authorizations = http.RequestServices.GetRequiredService<IOpenIddictAuthorizationManager>();
            var authorization = await authorizations.FindByIdAsync(authorizationId, http.RequestAborted);
            if (authorization is null || !await authorizations.HasStatusAsync(authorization, Statuses.Valid, http.RequestAborted))
            {
                return Revoked(http);
            }
        }
        return await next(context);
    }

    private static IResult Revoked(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The access token or its session was revoked.\"";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The access token or its session was revoked.");
    }
}
