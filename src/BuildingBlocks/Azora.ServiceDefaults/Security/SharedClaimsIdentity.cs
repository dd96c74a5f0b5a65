using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace Azora.ServiceDefaults.Security;

/// <summary>
/// The identity of a validated access token, built once and shared by every request that presents the same token
/// (<see cref="ValidatedTokenCache"/>). Its claims cannot be added or removed: a change would show in every other
/// request of that caller, so the attempt throws instead. Whoever needs an identity to change takes a
/// <see cref="Clone"/>, which is an ordinary, mutable one. Nothing in the platform changes the identity after
/// authentication (no claims transformation, no <c>OnTokenValidated</c> handler).
/// </summary>
public sealed class SharedClaimsIdentity(ClaimsIdentity validated) : CaseSensitiveClaimsIdentity(validated)
{
    public override void AddClaim(Claim claim) => throw Shared();

    public override void AddClaims(IEnumerable<Claim?> claims) => throw Shared();

    public override void RemoveClaim(Claim? claim) => throw Shared();

    public override bool TryRemoveClaim(Claim? claim) => throw Shared();

    /// <summary>A copy of its own for the caller to change.</summary>
    public override ClaimsIdentity Clone() => new CaseSensitiveClaimsIdentity(this);

    private static InvalidOperationException Shared() =>
        new("This identity is shared by every request with the same access token; change a Clone() of it instead.");
}
