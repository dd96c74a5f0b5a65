using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Azora.ServiceDefaults.Security;

/// <summary>
/// Endpoints that other services call with client-credentials tokens require a scope rather than a role. The access
/// token's <c>scope</c> claim holds the granted scopes separated by spaces (RFC 9068); some issuers repeat the claim.
/// </summary>
public static class ScopeAuthorization
{
    public const string ScopeClaim = "scope";

    /// <summary>Requires a signed-in caller whose token grants <paramref name="scope"/>; others get 401 or 403.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder endpoint, string scope) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.RequireScope(scope));

    public static AuthorizationPolicyBuilder RequireScope(this AuthorizationPolicyBuilder policy, string scope) =>
        policy.RequireAuthenticatedUser().RequireAssertion(context => context.User.HasScope(scope));

    public static bool HasScope(this ClaimsPrincipal principal, string scope) =>
        principal.FindAll(ScopeClaim)
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}
