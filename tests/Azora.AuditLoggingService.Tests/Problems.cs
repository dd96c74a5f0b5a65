using System.Net;
using System.Text.Json;

namespace Azora.AuditLoggingService.Tests;

internal static class Problems
{
    /// <summary>Asserts a 400 problem whose <c>errors</c> name <paramref name="field"/> (in any letter case).</summary>
    public static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(
            errors.EnumerateObject().Any(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase)),
            $"the problem should name '{field}': {body}");
    }
}
