using System.Net;
using System.Text.Json;

namespace Azora.Testing;

/// <summary>Assertions on RFC 9457 problem responses, as every service answers a refused request.</summary>
public static class Problems
{
    /// <summary>A problem document with <paramref name="status"/>; returns its JSON.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>
    /// A problem with <paramref name="status"/> whose <c>errors</c> name <paramref name="field"/> (in any letter case);
    /// returns that field's messages.
    /// </summary>
    public static async Task<string[]> AssertFieldErrorAsync(
        HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var problem = await AssertProblemAsync(response, status);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No errors in {problem}");
        var named = errors.EnumerateObject().Where(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(named.Count > 0, $"Expected an error for '{field}', got: {errors}");
        return [.. named[0].Value.EnumerateArray().Select(m => m.GetString()!)];
    }
}
