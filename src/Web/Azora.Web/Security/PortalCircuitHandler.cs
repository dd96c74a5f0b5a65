using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http;
using Microsoft.JSInterop;

namespace Azora.Web.Security;

/// <summary>
/// When the quiz island's circuit connects (and again on every reconnection), the access token is read from the portal
/// cookie of the connection's request, the only moment a circuit sees an HTTP request, and kept for the circuit's API
/// calls; renewals go through the browser (<c>azoraAttempt.renewToken</c> in Assets/attempt.js).
/// </summary>
internal sealed class PortalCircuitHandler(IHttpContextAccessor context, PortalAccessToken accessToken, IJSRuntime js) : CircuitHandler
{
    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (context.HttpContext is not { } connection)
        {
            return;
        }
        var signedIn = await connection.AuthenticateAsync(PortalAuthentication.CookieScheme);
        var properties = signedIn.Succeeded ? signedIn.Properties : null;
        var expiresAt = properties?.GetTokenValue("expires_at") is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : (DateTimeOffset?)null;
        accessToken.UseForCircuit(properties?.GetTokenValue("access_token"), expiresAt,
            renew: ct => js.InvokeAsync<string?>("azoraAttempt.renewToken", ct).AsTask());
    }
}
