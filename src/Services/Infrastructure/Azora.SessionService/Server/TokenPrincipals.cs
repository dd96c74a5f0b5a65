using System.Security.Claims;
using Azora.Contracts.UserService;
using Azora.ServiceDefaults.Security;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Server;

/// <summary>
/// The claims session-service puts in tokens. Every access token is for the platform audience <c>azora</c> and carries
/// <c>sub</c>, <c>name</c>, <c>email</c>, one <c>role</c> claim per role and <c>scope</c>, which is what every service's
/// JWT bearer validation expects.
/// </summary>
internal static class TokenPrincipals
{
    public static ClaimsPrincipal ForAccount(AccountSummary account, IEnumerable<string> scopes, string? authorizationId)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, account.Id.ToString());
        identity.SetClaim(Claims.Email, account.Email);
        identity.SetClaim(Claims.Name, account.DisplayName);
        identity.SetClaims(Claims.Role, [.. account.Roles]);
        identity.SetScopes(scopes);
        identity.SetResources(AuthenticationDefaults.Audience);
        identity.SetAuthorizationId(authorizationId);
        identity.SetDestinations(DestinationsOf);
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal ForClient(string clientId, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.Name, clientId);
        identity.SetScopes(scopes);
        identity.SetResources(AuthenticationDefaults.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Everything goes in the access token; the identity token gets only what its scopes allow.</summary>
    private static IEnumerable<string> DestinationsOf(Claim claim)
    {
        yield return Destinations.AccessToken;
        var scopes = claim.Subject;
        var inIdentityToken = claim.Type switch
        {
            Claims.Subject => true,
            Claims.Name => scopes?.HasScope(Scopes.Profile) == true,
            Claims.Email => scopes?.HasScope(Scopes.Email) == true,
            Claims.Role => scopes?.HasScope(Scopes.Roles) == true,
            _ => false,
        };
        if (inIdentityToken)
        {
            yield return Destinations.IdentityToken;
        }
    }
}
