using System.Net;
using System.Text.Json;

namespace Azora.PaymentService.Tests;

internal static class Problems
{
    /// <summary>Asserts a problem with <paramref name="status"/> whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task AssertNamesAsync(HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(
            errors.EnumerateObject().Any(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase)),
            $"the problem should name '{field}': {body}");
    }
}
