using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Azora.Web.Security;

/// <summary>
/// Access tokens live ten minutes; the portal's cookie lives hours. Shortly before the access token expires it is
/// exchanged for a new one with the refresh token, and the cookie is rewritten. A refresh session-service refuses
/// (revoked session, reused token) signs the person out.
/// </summary>
internal sealed class TokenRefresher(IHttpClientFactory clients, IOptionsMonitor<OpenIdConnectOptions> oidc, TimeProvider clock)
{
    public const string HttpClientName = "azora-web.token-refresh";
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public async Task KeepFreshAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        if (expiresAt is null || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expiry)
            || expiry - Margin > clock.GetUtcNow())
        {
            return;
        }
        var refreshed = refreshToken is null ? null : await RefreshAsync(refreshToken, context.HttpContext.RequestAborted);
        if (refreshed is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PortalAuthentication.CookieScheme);
            return;
        }
        context.Properties.UpdateTokenValue("access_token", refreshed.AccessToken);
        if (refreshed.RefreshToken is { Length: > 0 } rotated)
        {
            context.Properties.UpdateTokenValue("refresh_token", rotated);
        }
        context.Properties.UpdateTokenValue("expires_at",
            clock.GetUtcNow().AddSeconds(refreshed.ExpiresIn).ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }

    private async Task<TokenAnswer?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidc.Get(PortalAuthentication.OidcScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "refresh_token"),
            new("client_id", PortalAuthentication.ClientId),
            new("refresh_token", refreshToken),
        ]);
        using var http = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await http.PostAsync(new Uri(configuration.TokenEndpoint), form, cancellationToken);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
