using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Credentials.Tests.Api;

public sealed class ApiDocumentTests(CredentialsPlatform fixture) : IClassFixture<CredentialsPlatform>
{
    [Theory]
    [InlineData("/.well-known/did.json", "get")]
    [InlineData("/verify", "get")]
    [InlineData("/verify", "post")]
    [InlineData("/api/verify", "post")]
    [InlineData("/api/shared/{token}", "get")]
    [InlineData("/api/status-lists/{purpose}", "get")]
    [InlineData("/api/issuer/keys/rotate", "post")]
    [InlineData("/api/credentials", "get")]
    [InlineData("/api/credentials/{id}", "get")]
    [InlineData("/api/credentials/{id}/revoke", "post")]
    [InlineData("/api/credentials/{id}/suspend", "post")]
    [InlineData("/api/credentials/{id}/reinstate", "post")]
    [InlineData("/api/wallet", "get")]
    [InlineData("/api/wallet/{id}", "get")]
    [InlineData("/api/wallet/{id}/download", "get")]
    [InlineData("/api/wallet/{id}/share-links", "post")]
    [InlineData("/api/wallet/{id}/share-links", "get")]
    [InlineData("/api/wallet/{id}/share-links/{linkId}", "delete")]
    public async Task Every_endpoint_is_in_the_openapi_document(string path, string method)
    {
        using var client = fixture.Anonymous();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/azora-credentials.json");
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is missing");
        Assert.True(operations.TryGetProperty(method, out _), $"{method} {path} is missing");
    }
}
