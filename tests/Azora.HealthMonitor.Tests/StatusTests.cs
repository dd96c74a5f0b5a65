using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.HealthMonitor.Tests;

public sealed class StatusTests : IAsyncLifetime
{
    private MonitorHarness _monitor = null!;

    public async Task InitializeAsync() => _monitor = await MonitorHarness.StartAsync();

    public async Task DisposeAsync() => await _monitor.DisposeAsync();

    private async Task OpenIncidentsAsync()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.LmsSecond.AnswerAsync(StubAnswer.Refusing);
        await _monitor.PollAsync(3);
    }

    [Fact]
    public async Task Anyone_reads_each_services_state_and_uptime_and_the_open_incidents()
    {
        await OpenIncidentsAsync();
        using var anonymous = _monitor.Anonymous();

        var status = await anonymous.GetFromJsonAsync<JsonElement>("/api/status");

        Assert.Equal("major-outage", status.GetProperty("status").GetString());
        var services = status.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal("down", services[MonitorHarness.ContentId].GetProperty("state").GetString());
        Assert.Equal("degraded", services[MonitorHarness.LmsId].GetProperty("state").GetString());
        Assert.Equal("operational", services[MonitorHarness.ServiceId].GetProperty("state").GetString());
        Assert.Equal(1, services[MonitorHarness.LmsId].GetProperty("readyInstances").GetInt32());
        Assert.Equal(2, services[MonitorHarness.LmsId].GetProperty("instances").GetInt32());
        Assert.Equal(1.0, services[MonitorHarness.LmsId].GetProperty("uptime24h").GetProperty("uptime").GetDouble());
        Assert.Equal(0.0, services[MonitorHarness.ContentId].GetProperty("uptime30d").GetProperty("uptime").GetDouble());
        var incidents = status.GetProperty("openIncidents").EnumerateArray()
            .ToDictionary(i => i.GetProperty("serviceId").GetString()!, i => i.GetProperty("severity").GetString());
        Assert.Equal("major", incidents[MonitorHarness.ContentId]);
        Assert.Equal("minor", incidents[MonitorHarness.LmsId]);
    }

    [Fact]
    public async Task The_public_status_names_no_instance_address_and_no_error()
    {
        await OpenIncidentsAsync();
        using var anonymous = _monitor.Anonymous();

        var json = await anonymous.GetStringAsync("/api/status");
        var html = await anonymous.GetStringAsync("/status");

        foreach (var body in new[] { json, html })
        {
            Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
            Assert.DoesNotContain("localhost", body, StringComparison.Ordinal);
            Assert.DoesNotContain("ConnectionRefused", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Answered HTTP", body, StringComparison.Ordinal);
            Assert.DoesNotContain("affectedInstances", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_status_page_is_plain_accessible_html_that_spells_out_every_state()
    {
        await OpenIncidentsAsync();
        using var anonymous = _monitor.Anonymous();

        var response = await anonymous.GetAsync("/status");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<main>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Azora status</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Major outage", html, StringComparison.Ordinal);
        Assert.Contains("Degraded", html, StringComparison.Ordinal);
        Assert.Contains("Operational", html, StringComparison.Ordinal);
        Assert.Contains("Partial outage of azora-lms", html, StringComparison.Ordinal);
        Assert.Contains("Major outage of azora-content", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Daily uptime of azora-content over the last 30 days\"", html, StringComparison.Ordinal);
        Assert.Contains($"{_monitor.Clock.GetUtcNow():yyyy-MM-dd}: 0%", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_first_poll_every_service_is_unknown()
    {
        using var anonymous = _monitor.Anonymous();

        var status = await anonymous.GetFromJsonAsync<JsonElement>("/api/status");

        Assert.Equal("unknown", status.GetProperty("status").GetString());
        Assert.All(status.GetProperty("services").EnumerateArray(), s => Assert.Equal("unknown", s.GetProperty("state").GetString()));
        Assert.Contains("Status not yet known", await anonymous.GetStringAsync("/status"), StringComparison.Ordinal);
    }
}
