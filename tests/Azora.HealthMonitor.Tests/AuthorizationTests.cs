using System.Net;
using System.Net.Http.Json;
using Azora.Contracts;

namespace Azora.HealthMonitor.Tests;

public sealed class AuthorizationTests : IAsyncLifetime
{
    private MonitorHarness _monitor = null!;
    private Guid _incident;

    public async Task InitializeAsync()
    {
        _monitor = await MonitorHarness.StartAsync();
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(3);
        _incident = (await _monitor.IncidentOfAsync(MonitorHarness.ContentId)).GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync() => await _monitor.DisposeAsync();

    private async Task<HttpStatusCode[]> TryEverythingAsync(HttpClient client) =>
    [
        (await client.GetAsync($"/api/services/{MonitorHarness.ContentId}/history")).StatusCode,
        (await client.GetAsync("/api/incidents")).StatusCode,
        (await client.GetAsync($"/api/incidents/{_incident}")).StatusCode,
        (await client.PostAsJsonAsync($"/api/incidents/{_incident}/notes", new { text = "Not mine to write." })).StatusCode,
    ];

    [Fact]
    public async Task An_anonymous_caller_reads_neither_history_nor_incidents_and_adds_no_note()
    {
        using var anonymous = _monitor.Anonymous();

        Assert.All(await TryEverythingAsync(anonymous), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Instructor)]
    [InlineData(Roles.OrgAdmin)]
    public async Task Anyone_but_a_platform_admin_is_forbidden(string role)
    {
        using var client = _monitor.As(role);

        Assert.All(await TryEverythingAsync(client), status => Assert.Equal(HttpStatusCode.Forbidden, status));
        var incident = await _monitor.IncidentOfAsync(MonitorHarness.ContentId);
        Assert.Single(incident.GetProperty("updates").EnumerateArray());
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        using var stranger = new Azora.Testing.TestTokens();
        using var client = _monitor.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", stranger.ForAccount(Guid.CreateVersion7(), Roles.PlatformAdmin));

        Assert.All(await TryEverythingAsync(client), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
    }

    [Fact]
    public async Task The_status_and_the_status_page_are_public()
    {
        using var anonymous = _monitor.Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/status")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/status")).StatusCode);
    }
}
