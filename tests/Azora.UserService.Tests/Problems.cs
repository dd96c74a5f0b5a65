using System.Net;
using System.Text.Json;

namespace Azora.UserService.Tests;

/// <summary>Assertions on RFC 9457 problem responses.</summary>
internal static class Problems
{
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A 400 whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No errors in {problem}");
        var names = errors.EnumerateObject().Select(e => e.Name).ToList();
        Assert.True(names.Contains(field, StringComparer.OrdinalIgnoreCase), $"Expected an error for '{field}', got: {errors}");
    }
}
