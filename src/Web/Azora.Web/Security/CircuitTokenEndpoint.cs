using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Azora.Web.Security;

/// <summary>
/// <c>POST /account/circuit-token</c>: asked by the quiz island's page script when the circuit's access token is about to
/// expire. Reading the cookie refreshes its tokens if due (and rewrites it); the answer is the current access token
/// sealed for a minute with the portal's data protection, opaque to the page, which hands it back to the circuit.
/// </summary>
internal static class CircuitTokenEndpoint
{
    public const string Path = "/account/circuit-token";

    public static void MapCircuitTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, IssueAsync).RequireAuthorization(PortalPolicies.SignedIn).ExcludeFromDescription();

    private static async Task<IResult> IssueAsync(HttpContext http, IDataProtectionProvider protection, TimeProvider clock)
    {
        var signedIn = await http.AuthenticateAsync(PortalAuthentication.CookieScheme);
        if (signedIn.Properties?.GetTokenValue("access_token") is not { } token
            || !DateTimeOffset.TryParse(signedIn.Properties.GetTokenValue("expires_at"), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.RoundtripKind, out var expiresAt))
        {
            return Results.Unauthorized();
        }
        http.Response.Headers.CacheControl = "no-store";
        var protector = protection.CreateProtector(PortalAccessToken.ProtectionPurpose).ToTimeLimitedDataProtector();
        return Results.Json(new { token = PortalAccessToken.Seal(protector, token, expiresAt, clock.GetUtcNow()) });
    }
}
