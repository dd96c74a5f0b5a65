using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.HealthMonitor.Tests;

public sealed class ScheduleTests : IAsyncLifetime
{
    private MonitorHarness _monitor = null!;

    public async Task InitializeAsync() =>
        _monitor = await MonitorHarness.StartAsync(new Dictionary<string, string?> { ["Azora:HealthMonitor:PollIntervalSeconds"] = "10" });

    public async Task DisposeAsync() => await _monitor.DisposeAsync();

    private async Task<int> ProbesOfContentAsync()
    {
        using var admin = _monitor.Admin();
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/services/{MonitorHarness.ContentId}/history?from=2000-01-01T00:00:00Z");
        return history.GetProperty("items").GetArrayLength();
    }

    [Fact]
    public async Task The_monitor_polls_by_itself_once_the_interval_has_passed_on_its_clock()
    {
        var before = await ProbesOfContentAsync();
        _monitor.Clock.Advance(TimeSpan.FromSeconds(9));
        var early = await ProbesOfContentAsync();

        _monitor.Clock.Advance(TimeSpan.FromSeconds(1));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var after = 0;
        while (after == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            after = await ProbesOfContentAsync();
        }

        Assert.Equal(0, before);
        Assert.Equal(0, early);
        Assert.Equal(1, after);
    }
}
