using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Azora.Web.Security;

/// <summary>
/// The access token the portal's API calls carry. In a page request it is the one the person's cookie holds (kept fresh
/// by <see cref="TokenRefresher"/>). An interactive island runs in a circuit, which outlives the request that rendered
/// the page: there it is the token the cookie held when the circuit connected (captured by <see cref="PortalCircuitHandler"/>),
/// renewed shortly before it expires by asking the browser for the cookie's current one (<see cref="CircuitTokenEndpoint"/>),
/// so the cookie stays the only holder of the refresh token and session-service never sees one used twice.
/// </summary>
public sealed class PortalAccessToken(IHttpContextAccessor context, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string ProtectionPurpose = "azora-web.circuit-token";
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    private string? _circuitToken;
    private DateTimeOffset _expiresAt = DateTimeOffset.MaxValue;
    private Func<CancellationToken, Task<string?>>? _renew;

    /// <summary>Whether this scope is a circuit's, whose calls use the token captured when it connected.</summary>
    public bool IsCircuit { get; private set; }

    /// <param name="renew">Fetches the cookie's current token, protected for this purpose, through the browser.</param>
    public void UseForCircuit(string? token, DateTimeOffset? expiresAt, Func<CancellationToken, Task<string?>> renew)
    {
        IsCircuit = true;
        _circuitToken = token;
        _expiresAt = expiresAt ?? DateTimeOffset.MaxValue;
        _renew = renew;
    }

    public async Task<string?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (!IsCircuit)
        {
            return context.HttpContext is { } current ? await current.GetTokenAsync(PortalAuthentication.CookieScheme, "access_token") : null;
        }
        if (_circuitToken is not null && _renew is not null && _expiresAt - Margin <= clock.GetUtcNow())
        {
            await RenewAsync(_renew, cancellationToken);
        }
        return _circuitToken;
    }

    private async Task RenewAsync(Func<CancellationToken, Task<string?>> renew, CancellationToken cancellationToken)
    {
        try
        {
            if (await renew(cancellationToken) is { Length: > 0 } sealedToken
                && Unseal(protection.CreateProtector(ProtectionPurpose).ToTimeLimitedDataProtector(), sealedToken) is { } fresh)
            {
                (_circuitToken, _expiresAt) = fresh;
            }
        }
        catch (Exception failure) when (failure is Microsoft.JSInterop.JSException or TaskCanceledException or System.Security.Cryptography.CryptographicException)
        {
            // The browser could not fetch a fresh token just now: the call goes out with the one held, and the island retries.
        }
    }

    /// <summary>The token and its expiry, sealed by the endpoint for a minute so that only the portal can read them.</summary>
    public static string Seal(ITimeLimitedDataProtector protector, string token, DateTimeOffset expiresAt, DateTimeOffset now) =>
        protector.Protect($"{expiresAt.ToString("o", CultureInfo.InvariantCulture)}\n{token}", now.AddMinutes(1));

    private static (string Token, DateTimeOffset ExpiresAt)? Unseal(ITimeLimitedDataProtector protector, string sealedToken)
    {
        var parts = protector.Unprotect(sealedToken).Split('\n', 2);
        return parts.Length == 2 && DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expiresAt)
            ? (parts[1], expiresAt)
            : null;
    }
}
