using Azora.Contracts.UserService;
using Azora.SessionService.Domain;
using Azora.SessionService.Server;
using Azora.SessionService.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Features.Tokens;

/// <summary>
/// <c>POST /connect/token</c> after OpenIddict has authenticated the client and validated the request: decides who the
/// token is for. The password grant (CLI only) checks credentials with user-service; code and refresh grants re-read the
/// account so a deactivated account or a changed role takes effect at the next refresh.
/// </summary>
internal static class TokenEndpoint
{
    public const string TwoFactorParameter = "otp";

    public static void MapTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/connect/token", HandleAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpContext http, UserServiceClient users, SessionOpener sessions, CancellationToken cancellationToken)
    {
        if (http.GetOpenIddictServerRequest() is not { } request)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an OAuth token request.");
        }
        try
        {
            if (request.IsPasswordGrantType())
            {
                return await PasswordAsync(request, users, sessions, cancellationToken);
            }
            if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
            {
                return await RenewAsync(http, users);
            }
            if (request.IsClientCredentialsGrantType())
            {
                return OAuthResults.Issue(TokenPrincipals.ForClient(request.ClientId!, request.GetScopes()));
            }
            return OAuthResults.Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
        }
        catch (UserServiceUnavailableException)
        {
            return OAuthResults.Refuse(Errors.TemporarilyUnavailable, "Accounts cannot be checked right now; try again shortly.");
        }
    }

    private static async Task<IResult> PasswordAsync(OpenIddictRequest request, UserServiceClient users, SessionOpener sessions, CancellationToken cancellationToken)
    {
        // OpenIddict already refuses clients without the password permission; only the first-party CLI has it.
        if (request.ClientId != ClientCatalog.Cli)
        {
            return OAuthResults.Refuse(Errors.UnauthorizedClient, "Only the Azora command line may use the password grant.");
        }
        var code = (string?)request[TwoFactorParameter];
        if (SignInLimits.Problem(request.Username, request.Password, code) is { } problem)
        {
            return OAuthResults.Refuse(Errors.InvalidRequest, problem);
        }

        var result = await users.CheckCredentialsAsync(new CredentialCheckRequest(request.Username!, request.Password!, code), cancellationToken);
        if (SignInRefusal.Describe(result, TwoFactorParameter) is { } refusal)
        {
            return OAuthResults.Refuse(Errors.InvalidGrant, refusal);
        }
        var principal = await sessions.OpenAsync(result.Account!, request.ClientId, request.GetScopes(), cancellationToken);
        return OAuthResults.Issue(principal);
    }

    private static async Task<IResult> RenewAsync(HttpContext http, UserServiceClient users)
    {
        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (granted.Principal is not { } previous
            || !Guid.TryParse(previous.GetClaim(Claims.Subject), out var accountId))
        {
            return OAuthResults.Refuse(Errors.InvalidGrant, "The grant is no longer valid.");
        }
        var account = await users.FindAccountAsync(accountId, http.RequestAborted);
        if (account is not { Active: true })
        {
            return OAuthResults.Refuse(Errors.InvalidGrant, "The account no longer exists or is deactivated.");
        }
        return OAuthResults.Issue(TokenPrincipals.ForAccount(account, previous.GetScopes(), previous.GetAuthorizationId()));
    }
}
