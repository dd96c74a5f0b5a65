using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.HealthMonitor.Data;
using Azora.Testing;

namespace Azora.HealthMonitor.Tests;

/// <summary>
/// A note carries no id of the client's own, so its Idempotency-Key is what names it. When the process adding it dies
/// after the note committed and before the key's response was stored, the key's claim is abandoned and the same request
/// again takes it over and runs the handler a second time: that run finds the note the first one added and answers with
/// it, instead of adding it twice.
/// </summary>
public sealed class IdempotencyTakeoverTests : IAsyncLifetime
{
    private MonitorHarness _monitor = null!;

    public async Task InitializeAsync() => _monitor = await MonitorHarness.StartAsync();

    public async Task DisposeAsync() => await _monitor.DisposeAsync();

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_note_added_before_its_process_died_is_answered_by_the_takeover_and_not_added_again()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(3);
        var id = (await _monitor.IncidentOfAsync(MonitorHarness.ContentId)).GetProperty("id").GetGuid();
        using var admin = _monitor.Admin();
        var key = Guid.NewGuid().ToString();
        admin.DefaultRequestHeaders.Add("Idempotency-Key", key);
        var first = await CreatedAsync(await admin.PostAsJsonAsync($"/api/incidents/{id}/notes", new { text = "Investigating." }));
        await IdempotencyClaims.AbandonAsync<HealthMonitorDbContext>(_monitor.Platform, key, _monitor.Clock);

        var takenOver = await CreatedAsync(await admin.PostAsJsonAsync($"/api/incidents/{id}/notes", new { text = "Investigating." }));
        var incident = await admin.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}");

        Assert.Equal(first.GetProperty("id").GetGuid(), takenOver.GetProperty("id").GetGuid());
        Assert.Equal(first.GetProperty("at").GetDateTimeOffset(), takenOver.GetProperty("at").GetDateTimeOffset());
        var note = Assert.Single(incident.GetProperty("updates").EnumerateArray(), u => u.GetProperty("kind").GetString() == "note");
        Assert.Equal(first.GetProperty("id").GetGuid(), note.GetProperty("id").GetGuid());
    }
}
