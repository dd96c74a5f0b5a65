using System.Net;
using System.Net.Http.Json;
using System.Text;
using Azora.Testing;

namespace Azora.HealthMonitor.Tests;

public sealed class BadInputTests : IAsyncLifetime
{
    private MonitorHarness _monitor = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _monitor = await MonitorHarness.StartAsync();
        _admin = _monitor.Admin();
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _monitor.DisposeAsync();
    }

    private async Task<Guid> OpenIncidentAsync()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(3);
        return (await _monitor.IncidentOfAsync(MonitorHarness.ContentId)).GetProperty("id").GetGuid();
    }

    [Theory]
    [InlineData("/api/services/azora-content/history?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/services/azora-content/history?limit=0", "limit")]
    [InlineData("/api/services/azora-content/history?from=yesterday", "from")]
    [InlineData("/api/services/azora-content/history?to=31/12/2026", "to")]
    [InlineData("/api/services/azora-content/history?to=0001-01-01T00:00:00Z", "to")]
    [InlineData("/api/services/azora-content/history?from=9999-12-31T23:59:59Z", "from")]
    [InlineData("/api/services/azora-content/history?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("/api/incidents?cursor=%21%21", "cursor")]
    [InlineData("/api/incidents?state=closed", "state")]
    [InlineData("/api/incidents?limit=101", "limit")]
    public async Task A_bad_query_is_refused_with_a_problem_naming_the_field(string path, string field)
    {
        await Problems.AssertFieldErrorAsync(await _admin.GetAsync(path), field);
    }

    [Fact]
    public async Task The_history_of_a_service_that_does_not_exist_or_is_not_implemented_is_404()
    {
        await Problems.AssertProblemAsync(await _admin.GetAsync("/api/services/no-such-service/history"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await _admin.GetAsync("/api/services/azora-forge/history"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_incident_that_does_not_exist_is_404_and_gets_no_note()
    {
        var id = Guid.CreateVersion7();

        await Problems.AssertProblemAsync(await _admin.GetAsync($"/api/incidents/{id}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await _admin.PostAsJsonAsync($"/api/incidents/{id}/notes", new { text = "Hello." }), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"text":""}""")]
    [InlineData("""{"text":"   "}""")]
    [InlineData("""{}""")]
    [InlineData("""{"text":42}""")]
    public async Task An_empty_or_malformed_note_is_refused_naming_text_and_adds_nothing(string json)
    {
        var id = await OpenIncidentAsync();

        var response = await _admin.PostAsync($"/api/incidents/{id}/notes", new StringContent(json, Encoding.UTF8, "application/json"));

        await Problems.AssertFieldErrorAsync(response, "text");
        var incident = await _admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/incidents/{id}");
        Assert.Single(incident.GetProperty("updates").EnumerateArray());
    }

    [Fact]
    public async Task Too_long_a_note_is_refused_naming_text()
    {
        var id = await OpenIncidentAsync();

        var response = await _admin.PostAsJsonAsync($"/api/incidents/{id}/notes", new { text = new string('n', 2001) });

        await Problems.AssertFieldErrorAsync(response, "text");
    }
}
