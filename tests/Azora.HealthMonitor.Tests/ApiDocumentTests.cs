using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.HealthMonitor.Tests;

public sealed class ApiDocumentTests : IAsyncLifetime
{
    private MonitorHarness _monitor = null!;

    public async Task InitializeAsync() => _monitor = await MonitorHarness.StartAsync();

    public async Task DisposeAsync() => await _monitor.DisposeAsync();

    [Fact]
    public async Task Every_endpoint_is_in_the_openapi_document()
    {
        using var client = _monitor.Anonymous();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/health-monitor.json");

        var paths = document.GetProperty("paths");
        (string Path, string Method)[] expected =
        [
            ("/status", "get"),
            ("/api/status", "get"),
            ("/api/services/{id}/history", "get"),
            ("/api/incidents", "get"),
            ("/api/incidents/{id}", "get"),
            ("/api/incidents/{id}/notes", "post"),
        ];
        foreach (var (path, method) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var operations), $"{path} is missing");
            Assert.True(operations.TryGetProperty(method, out _), $"{method} {path} is missing");
        }
    }
}
