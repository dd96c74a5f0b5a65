using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Lms.Tests;

[Collection(LmsCollection.Name)]
public sealed class ApiDocumentTests(LmsFixture fixture)
{
    [Theory]
    [InlineData("/api/courses", "post")]
    [InlineData("/api/courses", "get")]
    [InlineData("/api/courses/{id}", "get")]
    [InlineData("/api/courses/{id}", "put")]
    [InlineData("/api/courses/{id}/publish", "post")]
    [InlineData("/api/courses/{id}/unpublish", "post")]
    [InlineData("/api/courses/{id}/instructors/{accountId}", "put")]
    [InlineData("/api/courses/{id}/instructors/{accountId}", "delete")]
    [InlineData("/api/courses/{id}/modules", "post")]
    [InlineData("/api/modules/{id}/lessons", "post")]
    [InlineData("/api/modules/{id}", "put")]
    [InlineData("/api/lessons/{id}", "put")]
    [InlineData("/api/courses/{id}/modules/order", "put")]
    [InlineData("/api/modules/{id}/lessons/order", "put")]
    [InlineData("/api/courses/{id}/gradebook/categories", "put")]
    [InlineData("/api/courses/{id}/gradebook", "get")]
    [InlineData("/api/courses/{id}/enrollments", "post")]
    [InlineData("/api/courses/{id}/progress", "get")]
    [InlineData("/api/courses/{id}/announcements", "post")]
    [InlineData("/api/courses/{id}/announcements", "get")]
    [InlineData("/api/lessons/{id}/completion", "post")]
    [InlineData("/api/lessons/{id}/extensions/{learnerId}", "put")]
    [InlineData("/api/me/enrollments", "get")]
    [InlineData("/api/me/calendar", "post")]
    [InlineData("/api/me/statements", "get")]
    [InlineData("/api/calendar/{token}.ics", "get")]
    public async Task Every_endpoint_is_in_the_openapi_document(string path, string method)
    {
        using var client = fixture.Anonymous();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/azora-lms.json");
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is missing");
        Assert.True(operations.TryGetProperty(method, out _), $"{method} {path} is missing");
    }
}
