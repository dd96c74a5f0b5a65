using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.UserService.Tests;

[Collection(UserServiceCollection.Name)]
public sealed class ApiDocumentTests(UserServiceFixture fixture)
{
    [Theory]
    [InlineData("/api/accounts", "post")]
    [InlineData("/api/accounts/verify-email", "post")]
    [InlineData("/api/accounts/verify-email/resend", "post")]
    [InlineData("/api/accounts/me", "get")]
    [InlineData("/api/accounts/me", "patch")]
    [InlineData("/api/accounts/me", "delete")]
    [InlineData("/api/accounts/me/two-factor/setup", "post")]
    [InlineData("/api/accounts/me/two-factor/enable", "post")]
    [InlineData("/api/accounts/me/two-factor/disable", "post")]
    [InlineData("/api/accounts/{id}/roles/{role}", "put")]
    [InlineData("/api/accounts/{id}/roles/{role}", "delete")]
    [InlineData("/api/internal/credential-checks", "post")]
    [InlineData("/api/internal/accounts/{id}", "get")]
    [InlineData("/api/dev/mailbox", "get")]
    public async Task Every_endpoint_is_in_the_openapi_document(string path, string method)
    {
        using var client = fixture.Anonymous();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/user-service.json");
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is missing");
        Assert.True(operations.TryGetProperty(method, out _), $"{method} {path} is missing");
    }
}
