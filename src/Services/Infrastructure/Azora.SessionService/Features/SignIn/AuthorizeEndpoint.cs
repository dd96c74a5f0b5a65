using Azora.SessionService.Server;
using Azora.SessionService.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Features.SignIn;

/// <summary>
/// <c>/connect/authorize</c> after OpenIddict validated the client, redirect URI and PKCE challenge: sends the browser to
/// the sign-in page unless the sign-in cookie is present, then opens a session and lets OpenIddict redirect with a code.
/// Azora's portal is first-party, so there is no consent screen.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static void MapAuthorizeEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext http, UserServiceClient users, SessionOpener sessions, CancellationToken cancellationToken)
    {
        if (http.GetOpenIddictServerRequest() is not { } request)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an OAuth authorization request.");
        }
        var signedIn = await http.AuthenticateAsync(SignInCookie.Scheme);
        if (!signedIn.Succeeded || !Guid.TryParse(signedIn.Principal.GetClaim(Claims.Subject), out var accountId))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return OAuthResults.Refuse(Errors.LoginRequired, "The user is not signed in.");
            }
            var parameters = http.Request.HasFormContentType
                ? (await http.Request.ReadFormAsync(cancellationToken)).Select(p => KeyValuePair.Create(p.Key, p.Value))
                : http.Request.Query.Select(p => KeyValuePair.Create(p.Key, p.Value));
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [SignInCookie.Scheme]);
        }

        try
        {
            var account = await users.FindAccountAsync(accountId, cancellationToken);
            if (account is not { Active: true })
            {
                await http.SignOutAsync(SignInCookie.Scheme);
                return OAuthResults.Refuse(Errors.AccessDenied, "The account no longer exists or is deactivated.");
            }
            return OAuthResults.Issue(await sessions.OpenAsync(account, request.ClientId!, request.GetScopes(), cancellationToken));
        }
        catch (UserServiceUnavailableException)
        {
            return OAuthResults.Refuse(Errors.TemporarilyUnavailable, "Accounts cannot be checked right now; try again shortly.");
        }
    }
}
