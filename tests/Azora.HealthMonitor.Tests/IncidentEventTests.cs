using System.Net;
using System.Net.Http.Json;
using Azora.Contracts.Audit;
using Azora.Contracts.HealthMonitor;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Azora.HealthMonitor.Tests;

public sealed class IncidentEventTests : IAsyncLifetime
{
    private MonitorHarness _monitor = null!;

    public async Task InitializeAsync() =>
        _monitor = await MonitorHarness.StartAsync(configure: builder =>
        {
            builder.Services.AddSingleton<AnnouncedEvents>();
            builder.Services.ConfigureWolverine(options => options.Discovery.IncludeAssembly(typeof(IncidentEventsHandler).Assembly));
        });

    public async Task DisposeAsync() => await _monitor.DisposeAsync();

    private AnnouncedEvents Announced => _monitor.Platform.App.Services.GetRequiredService<AnnouncedEvents>();

    private async Task<List<T>> EventuallyAsync<T>(int count, Func<T, bool> about)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var events = Announced.Of<T>().Where(about).ToList();
            if (events.Count >= count || DateTime.UtcNow > deadline)
            {
                return events;
            }
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Opening_escalating_and_resolving_an_incident_are_each_announced_once_without_instance_addresses()
    {
        await _monitor.LmsSecond.AnswerAsync(StubAnswer.Refusing);
        await _monitor.PollAsync(3);
        await _monitor.LmsFirst.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(2);
        await _monitor.LmsFirst.AnswerAsync(StubAnswer.Ready);
        await _monitor.LmsSecond.AnswerAsync(StubAnswer.Ready);
        await _monitor.PollAsync(2);
        var incident = await _monitor.IncidentOfAsync(MonitorHarness.LmsId);
        var id = incident.GetProperty("id").GetGuid();

        var resolved = Assert.Single(await EventuallyAsync<IncidentResolved>(1, e => e.IncidentId == id));
        var opened = Assert.Single(await EventuallyAsync<IncidentOpened>(1, e => e.IncidentId == id));
        var changed = Assert.Single(await EventuallyAsync<IncidentSeverityChanged>(1, e => e.IncidentId == id));

        Assert.Equal((MonitorHarness.LmsId, "minor", 1, 2), (opened.ServiceId, opened.Severity, opened.ReadyInstances, opened.Instances));
        Assert.Equal(incident.GetProperty("startedAt").GetDateTimeOffset(), opened.StartedAt);
        Assert.Equal(("major", 0), (changed.Severity, changed.ReadyInstances));
        Assert.Equal(incident.GetProperty("resolvedAt").GetDateTimeOffset(), resolved.ResolvedAt);
        Assert.Equal(incident.GetProperty("durationSeconds").GetDouble(), resolved.DurationSeconds);
    }

    [Fact]
    public async Task A_note_is_audited_with_its_author()
    {
        await _monitor.Content.AnswerAsync(StubAnswer.Unready);
        await _monitor.PollAsync(3);
        var id = (await _monitor.IncidentOfAsync(MonitorHarness.ContentId)).GetProperty("id").GetGuid();
        var author = Guid.CreateVersion7();
        using var admin = _monitor.Anonymous();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", _monitor.Tokens.ForAccount(author, Contracts.Roles.PlatformAdmin));

        var response = await admin.PostAsJsonAsync($"/api/incidents/{id}/notes", new { text = "Looking into it." });
        var audit = Assert.Single(await EventuallyAsync<AuditEventRecorded>(1, e => e.Resource.Id == id.ToString()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("incident.note-added", audit.Action);
        Assert.Equal(new AuditActor(author.ToString(), AuditActorKind.Account), audit.Actor);
        Assert.Equal("health-monitor", audit.SourceService);
    }
}
