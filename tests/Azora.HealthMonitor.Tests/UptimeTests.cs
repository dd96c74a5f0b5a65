using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.HealthMonitor.Tests;

public sealed class UptimeTests : IAsyncLifetime
{
    private MonitorHarness _monitor = null!;

    // azora-lms's objective is 80%: over ten polls the error budget is two failed polls.
    public async Task InitializeAsync() =>
        _monitor = await MonitorHarness.StartAsync(new Dictionary<string, string?> { ["Azora:HealthMonitor:Objectives:azora-lms"] = "80" });

    public async Task DisposeAsync() => await _monitor.DisposeAsync();

    private async Task PollWithAsync(StubAnswer first, StubAnswer second)
    {
        await _monitor.LmsFirst.AnswerAsync(first);
        await _monitor.LmsSecond.AnswerAsync(second);
        await _monitor.PollAsync();
    }

    private async Task<Dictionary<string, JsonElement>> UptimeAsync(string serviceId)
    {
        using var admin = _monitor.Admin();
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/services/{serviceId}/history");
        return history.GetProperty("uptime").EnumerateArray().ToDictionary(u => u.GetProperty("window").GetString()!);
    }

    [Fact]
    public async Task A_service_is_up_in_a_poll_when_at_least_one_instance_is_ready_and_uptime_is_the_share_of_such_polls()
    {
        const StubAnswer ready = StubAnswer.Ready, unready = StubAnswer.Unready;
        // Ten polls: both ready four times, one of two ready three times (still up), none ready three times (down).
        (StubAnswer, StubAnswer)[] sequence =
        [
            (ready, ready), (ready, unready), (unready, unready), (unready, ready), (ready, ready),
            (unready, unready), (ready, ready), (unready, ready), (unready, unready), (ready, ready),
        ];
        foreach (var (first, second) in sequence)
        {
            await PollWithAsync(first, second);
        }

        var uptime = await UptimeAsync(MonitorHarness.LmsId);

        foreach (var window in new[] { "1h", "24h", "7d", "30d" })
        {
            Assert.Equal(10, uptime[window].GetProperty("polls").GetInt32());
            Assert.Equal(7, uptime[window].GetProperty("upPolls").GetInt32());
            Assert.Equal(0.7, uptime[window].GetProperty("uptime").GetDouble(), 10);
            Assert.Equal(0.8, uptime[window].GetProperty("objective").GetDouble(), 10);
            // Three failed polls against a budget of 10 × 20% = 2: the budget is overspent by half.
            Assert.Equal(-0.5, uptime[window].GetProperty("errorBudgetRemaining").GetDouble(), 10);
        }
    }

    [Fact]
    public async Task Each_window_counts_only_the_polls_inside_it_against_the_default_objective()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(2);
        _monitor.Clock.Advance(TimeSpan.FromHours(2));
        await _monitor.Content.AnswerAsync(StubAnswer.Ready);
        await _monitor.PollAsync(4);

        var uptime = await UptimeAsync(MonitorHarness.ContentId);

        Assert.Equal(4, uptime["1h"].GetProperty("polls").GetInt32());
        Assert.Equal(1.0, uptime["1h"].GetProperty("uptime").GetDouble());
        Assert.Equal(1.0, uptime["1h"].GetProperty("errorBudgetRemaining").GetDouble(), 10);
        Assert.Equal(6, uptime["24h"].GetProperty("polls").GetInt32());
        Assert.Equal(4.0 / 6, uptime["24h"].GetProperty("uptime").GetDouble(), 10);
        Assert.Equal(0.995, uptime["24h"].GetProperty("objective").GetDouble(), 10);
        // Two failures against 6 × 0.5% = 0.03 allowed.
        Assert.Equal(1 - 2 / 0.03, uptime["24h"].GetProperty("errorBudgetRemaining").GetDouble(), 6);
    }

    [Fact]
    public async Task Before_any_poll_a_window_has_no_uptime_and_no_budget_figure()
    {
        var uptime = await UptimeAsync(MonitorHarness.ContentId);

        Assert.Equal(0, uptime["24h"].GetProperty("polls").GetInt32());
        Assert.Equal(JsonValueKind.Null, uptime["24h"].GetProperty("uptime").ValueKind);
        Assert.Equal(JsonValueKind.Null, uptime["24h"].GetProperty("errorBudgetRemaining").ValueKind);
    }
}
