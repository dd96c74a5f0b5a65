using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Azora.SessionService.Tests;

/// <summary>The answer of the token (or another OAuth) endpoint: its status and JSON body.</summary>
public sealed record OAuthResult(HttpStatusCode Status, JsonElement Body)
{
    public string? Get(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) ? value.ToString() : null;
    public string AccessToken => Get("access_token") ?? throw new InvalidOperationException($"No access token: {Body}");
    public string RefreshToken => Get("refresh_token") ?? throw new InvalidOperationException($"No refresh token: {Body}");
    public string? Error => Get("error");
    public string? ErrorDescription => Get("error_description");
}

/// <summary>Plain HTTP calls to session-service's OAuth endpoints, as any client would make them.</summary>
public static class OAuth
{
    public const string Cli = "azora-cli";
    public const string Web = "azora-web";
    public const string UserScopes = "openid offline_access profile email roles";

    public static async Task<OAuthResult> PostAsync(HttpClient client, string path, params (string Name, string Value)[] form)
    {
        using var content = new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        using var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return new OAuthResult(response.StatusCode, body);
    }

    public static Task<OAuthResult> PasswordAsync(HttpClient client, string email, string password, string? otp = null, string clientId = Cli)
    {
        var form = new List<(string, string)>
        {
            ("grant_type", "password"), ("client_id", clientId), ("username", email), ("password", password), ("scope", UserScopes),
        };
        if (otp is not null)
        {
            form.Add(("otp", otp));
        }
        return PostAsync(client, "connect/token", [.. form]);
    }

    public static Task<OAuthResult> RefreshAsync(HttpClient client, string refreshToken, string clientId = Cli) =>
        PostAsync(client, "connect/token", ("grant_type", "refresh_token"), ("client_id", clientId), ("refresh_token", refreshToken));

    public static Task<OAuthResult> RevokeAsync(HttpClient client, string token, string clientId = Cli) =>
        PostAsync(client, "connect/revoke", ("client_id", clientId), ("token", token));

    public static Task<OAuthResult> IntrospectAsync(HttpClient client, string token, string clientId, string secret) =>
        PostAsync(client, "connect/introspect", ("client_id", clientId), ("client_secret", secret), ("token", token));

    public static HttpClient Bearer(Uri address, string accessToken)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier))));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
