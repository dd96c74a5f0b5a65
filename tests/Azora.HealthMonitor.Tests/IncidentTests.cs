using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.HealthMonitor.Tests;

public sealed class IncidentTests : IAsyncLifetime
{
    private MonitorHarness _monitor = null!;

    public async Task InitializeAsync() => _monitor = await MonitorHarness.StartAsync();

    public async Task DisposeAsync() => await _monitor.DisposeAsync();

    private async Task<List<JsonElement>> IncidentsOfAsync(string serviceId, string? state = null) =>
        (await _monitor.IncidentsAsync(state)).EnumerateArray().Where(i => i.GetProperty("serviceId").GetString() == serviceId).ToList();

    private static List<string> KindsOf(JsonElement incident) =>
        incident.GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("kind").GetString()!).ToList();

    [Fact]
    public async Task Three_failed_polls_open_a_major_incident_when_the_only_instance_is_down()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync();
        var firstFailure = _monitor.Clock.GetUtcNow();
        await _monitor.PollAsync();
        var afterTwo = await IncidentsOfAsync(MonitorHarness.ContentId);
        await _monitor.PollAsync();

        var incident = Assert.Single(await IncidentsOfAsync(MonitorHarness.ContentId, "open"));
        Assert.Empty(afterTwo);
        Assert.Equal("major", incident.GetProperty("severity").GetString());
        Assert.Equal("open", incident.GetProperty("state").GetString());
        Assert.Equal(firstFailure, incident.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(_monitor.Clock.GetUtcNow(), incident.GetProperty("openedAt").GetDateTimeOffset());
        var affected = Assert.Single(incident.GetProperty("affectedInstances").EnumerateArray());
        Assert.Equal(_monitor.Content.Instance, affected.GetProperty("instance").GetString());
        Assert.Equal(["opened"], KindsOf(incident));
    }

    [Fact]
    public async Task A_minor_incident_opens_when_one_of_two_instances_fails_and_escalates_when_both_do()
    {
        await _monitor.LmsSecond.AnswerAsync(StubAnswer.Refusing);
        await _monitor.PollAsync(3);
        var minor = Assert.Single(await IncidentsOfAsync(MonitorHarness.LmsId, "open"));

        await _monitor.LmsFirst.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync();
        var major = Assert.Single(await IncidentsOfAsync(MonitorHarness.LmsId, "open"));

        Assert.Equal("minor", minor.GetProperty("severity").GetString());
        Assert.Equal([_monitor.LmsSecond.Instance], minor.GetProperty("affectedInstances").EnumerateArray().Select(a => a.GetProperty("instance").GetString()));
        Assert.Equal(minor.GetProperty("id").GetGuid(), major.GetProperty("id").GetGuid());
        Assert.Equal("major", major.GetProperty("severity").GetString());
        Assert.Equal(["opened", "escalated"], KindsOf(major));
        Assert.Equal(2, major.GetProperty("affectedInstances").GetArrayLength());
    }

    [Fact]
    public async Task The_incident_resolves_itself_after_two_healthy_polls_and_keeps_its_history()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(4);
        await _monitor.Content.AnswerAsync(StubAnswer.Ready);
        await _monitor.PollAsync();
        var afterOne = Assert.Single(await IncidentsOfAsync(MonitorHarness.ContentId));
        await _monitor.PollAsync();

        var resolved = Assert.Single(await IncidentsOfAsync(MonitorHarness.ContentId, "resolved"));
        Assert.Equal("open", afterOne.GetProperty("state").GetString());
        Assert.Empty(await IncidentsOfAsync(MonitorHarness.ContentId, "open"));
        Assert.Equal(_monitor.Clock.GetUtcNow(), resolved.GetProperty("resolvedAt").GetDateTimeOffset());
        // Failing from the first poll to the sixth: five intervals.
        Assert.Equal(5 * MonitorHarness.Interval.TotalSeconds, resolved.GetProperty("durationSeconds").GetDouble());
        Assert.Equal(["opened", "resolved"], KindsOf(resolved));
    }

    [Fact]
    public async Task A_single_healthy_poll_in_a_failing_run_starts_the_count_again()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(2);
        await _monitor.Content.AnswerAsync(StubAnswer.Ready);
        await _monitor.PollAsync();
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(2);

        Assert.Empty(await IncidentsOfAsync(MonitorHarness.ContentId));
    }

    [Fact]
    public async Task A_platform_admin_adds_a_note_that_the_timeline_and_the_public_status_show()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(3);
        var id = Assert.Single(await IncidentsOfAsync(MonitorHarness.ContentId)).GetProperty("id").GetGuid();
        using var admin = _monitor.Admin();
        // A minute after the incident opened, so that the timeline's order is the order of time.
        _monitor.Clock.Advance(TimeSpan.FromMinutes(1));

        var response = await admin.PostAsJsonAsync($"/api/incidents/{id}/notes", new { text = "  The database disk filled up; we are freeing space.  " });
        var incident = await admin.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}");
        using var anonymous = _monitor.Anonymous();
        var status = await anonymous.GetFromJsonAsync<JsonElement>("/api/status");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var note = incident.GetProperty("updates").EnumerateArray().Last();
        Assert.Equal("note", note.GetProperty("kind").GetString());
        Assert.Equal(_monitor.Clock.GetUtcNow(), note.GetProperty("at").GetDateTimeOffset());
        Assert.Equal("The database disk filled up; we are freeing space.", note.GetProperty("message").GetString());
        Assert.NotEqual(JsonValueKind.Null, note.GetProperty("authorId").ValueKind);
        var shown = Assert.Single(status.GetProperty("openIncidents").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Contains(shown.GetProperty("updates").EnumerateArray(), u => u.GetProperty("kind").GetString() == "note");
    }

    [Fact]
    public async Task A_note_retried_with_the_same_idempotency_key_is_added_once()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(3);
        var id = Assert.Single(await IncidentsOfAsync(MonitorHarness.ContentId)).GetProperty("id").GetGuid();
        using var admin = _monitor.Admin();
        admin.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var first = await admin.PostAsJsonAsync($"/api/incidents/{id}/notes", new { text = "Investigating." });
        var again = await admin.PostAsJsonAsync($"/api/incidents/{id}/notes", new { text = "Investigating." });
        var incident = await admin.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Single(KindsOf(incident), kind => kind == "note");
    }
}
