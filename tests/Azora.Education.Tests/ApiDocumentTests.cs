using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Education.Tests;

[Collection(EducationCollection.Name)]
public sealed class ApiDocumentTests(EducationFixture fixture)
{
    [Theory]
    [InlineData("/api/catalog", "get")]
    [InlineData("/api/courses/{id}", "get")]
    [InlineData("/api/courses/{id}/runs", "post")]
    [InlineData("/api/courses/{id}/runs/{runId}", "put")]
    [InlineData("/api/courses/{id}/runs/{runId}", "delete")]
    [InlineData("/api/programs", "get")]
    [InlineData("/api/programs", "post")]
    [InlineData("/api/programs/{id}", "get")]
    [InlineData("/api/programs/{id}/enrollments", "post")]
    [InlineData("/api/dashboard", "get")]
    [InlineData("/api/guardians/invitations", "post")]
    [InlineData("/api/guardians/learners", "get")]
    [InlineData("/api/guardians/learners/{learnerId}/progress", "get")]
    [InlineData("/api/learners/me/guardians", "post")]
    [InlineData("/api/guardian-links", "get")]
    [InlineData("/api/guardian-links/{id}/accept", "post")]
    [InlineData("/api/guardian-links/{id}/decline", "post")]
    [InlineData("/api/guardian-links/{id}/revoke", "post")]
    public async Task Every_endpoint_is_in_the_openapi_document(string path, string method)
    {
        using var client = fixture.Anonymous();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/azora-education.json");
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is missing");
        Assert.True(operations.TryGetProperty(method, out _), $"{method} {path} is missing");
    }
}
