using System.Text.Json;

namespace Azora.SessionService.Tests;

[Collection(SessionServiceCollection.Name)]
public sealed class DiscoveryTests(SessionServiceFixture fixture)
{
    [Fact]
    public async Task Discovery_names_the_issuer_the_endpoints_and_only_the_S256_challenge_method()
    {
        using var client = fixture.Client();
        var document = JsonDocument.Parse(await client.GetStringAsync(".well-known/openid-configuration")).RootElement;

        var issuer = $"http://localhost:{fixture.Platform.PortOf("session-service")}/";
        Assert.Equal(issuer, document.GetProperty("issuer").GetString());
        Assert.Equal("/connect/token", new Uri(document.GetProperty("token_endpoint").GetString()!).AbsolutePath);
        Assert.Equal("/connect/authorize", new Uri(document.GetProperty("authorization_endpoint").GetString()!).AbsolutePath);
        Assert.Equal("/connect/revoke", new Uri(document.GetProperty("revocation_endpoint").GetString()!).AbsolutePath);
        Assert.Equal("/connect/introspect", new Uri(document.GetProperty("introspection_endpoint").GetString()!).AbsolutePath);
        Assert.Equal("/.well-known/jwks", new Uri(document.GetProperty("jwks_uri").GetString()!).AbsolutePath);
        Assert.Equal(["S256"], document.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        var grants = document.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("password", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Contains("authorization_code", grants);
        Assert.Contains("client_credentials", grants);
    }

    [Fact]
    public async Task The_jwks_publishes_an_RS256_signing_key_without_its_private_part()
    {
        using var client = fixture.Client();
        var keys = JsonDocument.Parse(await client.GetStringAsync(".well-known/jwks")).RootElement.GetProperty("keys");

        var key = Assert.Single(keys.EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        Assert.False(key.TryGetProperty("d", out _));
    }

    [Fact]
    public async Task The_api_document_describes_the_sessions_and_signing_key_endpoints()
    {
        using var client = fixture.Client();

        var document = JsonDocument.Parse(await client.GetStringAsync("openapi/session-service.json")).RootElement;

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/sessions", out _));
        Assert.True(paths.TryGetProperty("/api/signing-keys/rotate", out _));
    }
}
