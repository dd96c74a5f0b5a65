using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class ApiDocumentTests(ContentFixture fixture)
{
    [Theory]
    [InlineData("/api/items", "post")]
    [InlineData("/api/items", "get")]
    [InlineData("/api/items/{id}", "get")]
    [InlineData("/api/items/{id}/draft", "put")]
    [InlineData("/api/items/{id}/tags", "put")]
    [InlineData("/api/items/{id}/co-owners/{accountId}", "put")]
    [InlineData("/api/items/{id}/co-owners/{accountId}", "delete")]
    [InlineData("/api/items/{id}/published", "get")]
    [InlineData("/api/items/{id}/where-used", "get")]
    [InlineData("/api/items/{id}/versions/{number}", "get")]
    [InlineData("/api/items/{id}/versions/{number}/submit", "post")]
    [InlineData("/api/items/{id}/versions/{number}/return", "post")]
    [InlineData("/api/items/{id}/versions/{number}/publish", "post")]
    [InlineData("/api/items/{id}/versions/{number}/rollback", "post")]
    [InlineData("/api/library", "get")]
    [InlineData("/api/media", "post")]
    [InlineData("/api/media/{hash}", "get")]
    public async Task Every_endpoint_is_in_the_openapi_document(string path, string method)
    {
        using var client = fixture.Anonymous();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/azora-content.json");
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is missing");
        Assert.True(operations.TryGetProperty(method, out _), $"{method} {path} is missing");
    }
}
