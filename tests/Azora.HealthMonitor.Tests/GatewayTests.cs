using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;

namespace Azora.HealthMonitor.Tests;

/// <summary>The status page and its JSON as the public reaches them: through the gateway, under <c>/health-monitor/</c>.</summary>
public sealed class GatewayTests : IAsyncLifetime
{
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() =>
        _platform = await TestPlatform.StartAsync(
            [MonitorHarness.ServiceId, "load-balancer"],
            new Dictionary<string, string?> { ["hostBuilder:reloadConfigOnChange"] = "false" });

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task Anyone_reads_the_status_page_and_its_json_through_the_gateway()
    {
        using var gateway = _platform.Gateway();

        var page = await gateway.GetAsync("/health-monitor/status");
        var status = await gateway.GetFromJsonAsync<JsonElement>("/health-monitor/api/status");
        var history = await gateway.GetAsync("/health-monitor/api/services/azora-lms/history");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Azora status</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(status.GetProperty("services").EnumerateArray(), s => s.GetProperty("id").GetString() == "load-balancer");
        Assert.Equal(HttpStatusCode.Unauthorized, history.StatusCode);
    }
}
