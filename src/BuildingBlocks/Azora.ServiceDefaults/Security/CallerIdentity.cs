using System.Security.Claims;

namespace Azora.ServiceDefaults.Security;

/// <summary>Who a caller is, read from session-service's access token.</summary>
public static class CallerIdentity
{
    /// <summary>
    /// The account a signed-in person acts as: the token's <c>sub</c>. False for a token that names no account, such as a
    /// service's client-credentials token, whose <c>sub</c> is its client id.
    /// </summary>
    public static bool TryGetAccountId(this ClaimsPrincipal caller, out Guid accountId) =>
        Guid.TryParse(caller.FindFirstValue(AuthenticationDefaults.SubjectClaim), out accountId);
}
