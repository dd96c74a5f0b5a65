using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing.Postgres;

namespace Azora.HealthMonitor.Tests;

/// <summary>The same monitoring on PostgreSQL, where health-monitor runs when the platform is split.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    [Fact]
    public async Task History_uptime_incidents_notes_and_pruning_work_on_postgresql()
    {
        await using var monitor = await MonitorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Azora:Database"] = "Postgres",
            ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync(),
        });
        using var admin = monitor.Admin();

        await monitor.LmsSecond.AnswerAsync(StubAnswer.Unready);
        await monitor.PollAsync(3);
        await monitor.LmsFirst.AnswerAsync(StubAnswer.Unready);
        await monitor.PollAsync();
        var open = await monitor.IncidentOfAsync(MonitorHarness.LmsId);
        var id = open.GetProperty("id").GetGuid();
        monitor.Clock.Advance(TimeSpan.FromSeconds(1));
        var note = await admin.PostAsJsonAsync($"/api/incidents/{id}/notes", new { text = "Restarting the database." });
        await monitor.LmsFirst.AnswerAsync(StubAnswer.Ready);
        await monitor.LmsSecond.AnswerAsync(StubAnswer.Ready);
        await monitor.PollAsync(2);
        var resolved = Assert.Single((await monitor.IncidentsAsync("resolved")).EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        var firstPage = await admin.GetFromJsonAsync<JsonElement>($"/api/services/{MonitorHarness.LmsId}/history?limit=5");
        var secondPage = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/services/{MonitorHarness.LmsId}/history?limit=5&cursor={firstPage.GetProperty("nextCursor").GetString()}");
        monitor.Clock.Advance(TimeSpan.FromDays(8));
        await monitor.PollAsync();
        var afterPruning = await admin.GetFromJsonAsync<JsonElement>($"/api/services/{MonitorHarness.LmsId}/history?from=2000-01-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal("major", resolved.GetProperty("severity").GetString());
        Assert.Equal(["opened", "escalated", "note", "resolved"], resolved.GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("kind").GetString()));
        Assert.Equal(5, firstPage.GetProperty("items").GetArrayLength());
        Assert.Equal(5, secondPage.GetProperty("items").GetArrayLength());
        var uptime = firstPage.GetProperty("uptime").EnumerateArray().First(u => u.GetProperty("window").GetString() == "24h");
        // Six polls: the service was up in five (one of two instances was enough) and down in one.
        Assert.Equal((6, 5), (uptime.GetProperty("polls").GetInt32(), uptime.GetProperty("upPolls").GetInt32()));
        Assert.Equal(2, afterPruning.GetProperty("items").GetArrayLength());
    }
}
