using System.Security.Claims;
using Azora.Contracts.UserService;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Server;

/// <summary>
/// A session is an OpenIddict authorization: one per sign-in, shared by the refresh tokens rotated from it, so revoking
/// the session (or detecting a reused refresh token) ends every token of that sign-in and no other.
/// </summary>
internal sealed class SessionOpener(IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations)
{
    public async Task<ClaimsPrincipal> OpenAsync(AccountSummary account, string clientId, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException($"The client '{clientId}' is not registered.");
        var principal = TokenPrincipals.ForAccount(account, scopes, authorizationId: null);
        var authorization = await authorizations.CreateAsync(
            principal,
            account.Id.ToString(),
            (await applications.GetIdAsync(application, cancellationToken))!,
            AuthorizationTypes.AdHoc,
            principal.GetScopes(),
            cancellationToken);
        principal.SetAuthorizationId(await authorizations.GetIdAsync(authorization, cancellationToken));
        return principal;
    }
}
