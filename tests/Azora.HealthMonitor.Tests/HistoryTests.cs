using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.HealthMonitor.Polling;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.HealthMonitor.Tests;

public sealed class HistoryTests : IAsyncLifetime
{
    private MonitorHarness _monitor = null!;

    public async Task InitializeAsync() => _monitor = await MonitorHarness.StartAsync();

    public async Task DisposeAsync() => await _monitor.DisposeAsync();

    private async Task<JsonElement> HistoryAsync(string serviceId, string query = "")
    {
        using var admin = _monitor.Admin();
        return await admin.GetFromJsonAsync<JsonElement>($"/api/services/{serviceId}/history{query}");
    }

    private static JsonElement ProbeOf(JsonElement history, ReadinessStub stub) =>
        Assert.Single(history.GetProperty("items").EnumerateArray(), p => p.GetProperty("instance").GetString() == stub.Instance);

    [Fact]
    public async Task Every_instance_of_a_service_is_probed_and_each_answer_is_kept()
    {
        await _monitor.LmsSecond.AnswerAsync(StubAnswer.Unready);

        await _monitor.PollAsync();
        var lms = await HistoryAsync(MonitorHarness.LmsId);

        Assert.Equal(2, lms.GetProperty("items").GetArrayLength());
        var ready = ProbeOf(lms, _monitor.LmsFirst);
        var unready = ProbeOf(lms, _monitor.LmsSecond);
        Assert.True(ready.GetProperty("ready").GetBoolean());
        Assert.Equal(200, ready.GetProperty("statusCode").GetInt32());
        Assert.Equal(JsonValueKind.Null, ready.GetProperty("error").ValueKind);
        Assert.Equal(_monitor.Clock.GetUtcNow(), ready.GetProperty("polledAt").GetDateTimeOffset());
        Assert.False(unready.GetProperty("ready").GetBoolean());
        Assert.Equal(503, unready.GetProperty("statusCode").GetInt32());
        Assert.Contains("503", unready.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(unready.GetProperty("latencyMilliseconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task A_refused_connection_is_recorded_as_not_ready_with_the_reason()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Refusing);

        await _monitor.PollAsync();
        var probe = ProbeOf(await HistoryAsync(MonitorHarness.ContentId), _monitor.Content);

        Assert.False(probe.GetProperty("ready").GetBoolean());
        Assert.Equal(JsonValueKind.Null, probe.GetProperty("statusCode").ValueKind);
        Assert.Contains("ConnectionRefused", probe.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_instance_that_does_not_answer_in_time_is_recorded_as_timed_out()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Hanging);
        var poller = _monitor.Platform.App.Services.GetRequiredService<HealthPoller>();

        var poll = poller.PollOnceAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!poll.IsCompleted && DateTime.UtcNow < deadline)
        {
            // The probe's timeout runs on the monitor's clock: moving it on is what makes the probe give up.
            _monitor.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(poll, Task.Delay(50));
        }
        await poll;
        var probe = ProbeOf(await HistoryAsync(MonitorHarness.ContentId, "?from=2000-01-01T00:00:00Z"), _monitor.Content);

        Assert.False(probe.GetProperty("ready").GetBoolean());
        Assert.Equal("No answer within 2 s.", probe.GetProperty("error").GetString());
    }

    [Fact]
    public async Task History_is_paged_newest_first_and_kept_within_from_and_to()
    {
        await _monitor.PollAsync();
        var firstPoll = _monitor.Clock.GetUtcNow();
        await _monitor.PollAsync(2);
        var lastPoll = _monitor.Clock.GetUtcNow();

        var first = await HistoryAsync(MonitorHarness.ContentId, "?limit=2");
        var second = await HistoryAsync(MonitorHarness.ContentId, $"?limit=2&cursor={first.GetProperty("nextCursor").GetString()}");
        var onlyFirst = await HistoryAsync(
            MonitorHarness.ContentId, $"?from={Uri.EscapeDataString(firstPoll.ToString("O"))}&to={Uri.EscapeDataString(firstPoll.ToString("O"))}");

        var times = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(p => p.GetProperty("polledAt").GetDateTimeOffset()).ToList();
        Assert.Equal([lastPoll, lastPoll - MonitorHarness.Interval, firstPoll], times);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(firstPoll, Assert.Single(onlyFirst.GetProperty("items").EnumerateArray()).GetProperty("polledAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task History_older_than_the_retention_is_pruned_while_the_hourly_uptime_stays()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync();
        var oldPoll = _monitor.Clock.GetUtcNow();
        await _monitor.Content.AnswerAsync(StubAnswer.Ready);

        _monitor.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await _monitor.PollAsync();
        var history = await HistoryAsync(MonitorHarness.ContentId, "?from=2000-01-01T00:00:00Z");

        var remaining = Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.True(remaining.GetProperty("polledAt").GetDateTimeOffset() > oldPoll);
        var uptime = history.GetProperty("uptime").EnumerateArray().ToDictionary(u => u.GetProperty("window").GetString()!);
        // The week counts polls still in the history: only the new, healthy one.
        Assert.Equal(1, uptime["7d"].GetProperty("polls").GetInt32());
        Assert.Equal(1.0, uptime["7d"].GetProperty("uptime").GetDouble());
        // The 30 days come from the hourly totals, which are kept for 90 days: the old failed poll still counts.
        Assert.Equal(2, uptime["30d"].GetProperty("polls").GetInt32());
        Assert.Equal(0.5, uptime["30d"].GetProperty("uptime").GetDouble());
    }

    [Fact]
    public async Task A_service_that_is_not_stubbed_is_polled_too_and_found_down()
    {
        await _monitor.PollAsync();

        var probe = Assert.Single((await HistoryAsync("user-service")).GetProperty("items").EnumerateArray());

        Assert.False(probe.GetProperty("ready").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await _monitor.Admin().GetAsync("/api/services/health-monitor/history")).StatusCode);
    }
}
