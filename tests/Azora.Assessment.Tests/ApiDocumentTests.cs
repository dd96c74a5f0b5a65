using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Assessment.Tests;

[Collection(AssessmentCollection.Name)]
public sealed class ApiDocumentTests(AssessmentFixture fixture)
{
    [Theory]
    [InlineData("/api/questions", "post")]
    [InlineData("/api/questions", "get")]
    [InlineData("/api/questions/{id}", "get")]
    [InlineData("/api/questions/{id}", "put")]
    [InlineData("/api/questions/{id}/versions/{number}", "get")]
    [InlineData("/api/questions/{id}/qti", "get")]
    [InlineData("/api/questions/qti", "post")]
    [InlineData("/api/quizzes", "post")]
    [InlineData("/api/quizzes", "get")]
    [InlineData("/api/quizzes/{id}", "get")]
    [InlineData("/api/quizzes/{id}/settings", "put")]
    [InlineData("/api/quizzes/{id}/overrides/{learnerId}", "put")]
    [InlineData("/api/quizzes/{id}/attempts", "post")]
    [InlineData("/api/quizzes/{id}/attempts", "get")]
    [InlineData("/api/quizzes/{id}/grading-queue", "get")]
    [InlineData("/api/quizzes/{id}/regrade", "post")]
    [InlineData("/api/quizzes/{id}/statistics", "get")]
    [InlineData("/api/attempts/{id}", "get")]
    [InlineData("/api/attempts/{id}/answers", "put")]
    [InlineData("/api/attempts/{id}/submit", "post")]
    [InlineData("/api/attempts/{id}/items/{position}/grade", "post")]
    public async Task Every_endpoint_is_in_the_openapi_document(string path, string method)
    {
        using var client = fixture.Anonymous();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/azora-assessment.json");
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is missing");
        Assert.True(operations.TryGetProperty(method, out _), $"{method} {path} is missing");
    }
}
