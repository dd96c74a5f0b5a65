using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.SelfHealingOrchestrator.Domain;
using Azora.SelfHealingOrchestrator.Supervision;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Azora.SelfHealingOrchestrator.Tests;

/// <summary>What the supervisor recorded, stored in the service's database and read back through its API by platform-admins only.</summary>
public sealed class ProcessesApiTests : IAsyncLifetime
{
    private const string ServiceId = "self-healing-orchestrator";
    private readonly TestTokens _tokens = new();
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());
    private readonly Guid _runId = Guid.CreateVersion7();
    private TestPlatform _platform = null!;
    private DatabaseSupervisionJournal _journal = null!;

    public async Task InitializeAsync()
    {
        _platform = await TestPlatform.StartAsync([ServiceId], clock: _clock, configure: _tokens.Trust);
        _journal = new DatabaseSupervisionJournal(_platform.App.Services.GetRequiredService<IServiceScopeFactory>(), _clock,
            NullLogger<DatabaseSupervisionJournal>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _tokens.Dispose();
    }

    private HttpClient ClientAs(params string[] roles)
    {
        var client = _platform.Client(ServiceId);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.ForAccount(Guid.CreateVersion7(), roles));
        return client;
    }

    private static ProcessSpec Spec(string instanceId, string serviceId, int port) =>
        new(instanceId, serviceId, new Uri($"http://127.0.0.1:{port}/"), "azora", ["run", "--service", serviceId], new Dictionary<string, string>(), 1, true);

    private Task Record(string instanceId, ProcessEventKind kind, int? pid = null, int? exitCode = null, string? detail = null, bool restart = false) =>
        _journal.RecordAsync(new SupervisionRecord(instanceId, _runId, kind, _clock.GetUtcNow(), pid, exitCode, detail, restart), CancellationToken.None);

    [Fact]
    public async Task A_platform_admin_sees_each_instance_with_its_pid_uptime_restarts_and_readiness()
    {
        await _journal.JoinAsync(Spec("azora-lms-0", "azora-lms", 3101), _runId, default);
        await _journal.JoinAsync(Spec("azora-lms-1", "azora-lms", 24001), _runId, default);
        await Record("azora-lms-0", ProcessEventKind.Started, pid: 4100);
        await Record("azora-lms-0", ProcessEventKind.Ready, pid: 4100);
        await Record("azora-lms-1", ProcessEventKind.Started, pid: 4200);
        await Record("azora-lms-1", ProcessEventKind.Exited, pid: 4200, exitCode: 137);
        await Record("azora-lms-1", ProcessEventKind.RestartScheduled, detail: "exited with code 137; restart 1 in 1.0 s");
        await Record("azora-lms-1", ProcessEventKind.Started, pid: 4300, restart: true);
        _clock.Advance(TimeSpan.FromSeconds(90));
        using var admin = ClientAs(Roles.PlatformAdmin);

        var processes = await admin.GetFromJsonAsync<JsonElement>("/api/processes");

        Assert.Equal(["azora-lms-0", "azora-lms-1"], processes.EnumerateArray().Select(p => p.GetProperty("instanceId").GetString()));
        var first = processes[0];
        Assert.Equal(4100, first.GetProperty("pid").GetInt32());
        Assert.Equal("ready", first.GetProperty("state").GetString());
        Assert.True(first.GetProperty("ready").GetBoolean());
        Assert.Equal(90, first.GetProperty("uptimeSeconds").GetDouble());
        Assert.Equal(0, first.GetProperty("restarts").GetInt32());
        var second = processes[1];
        Assert.Equal(4300, second.GetProperty("pid").GetInt32());
        Assert.Equal("starting", second.GetProperty("state").GetString());
        Assert.False(second.GetProperty("ready").GetBoolean());
        Assert.Equal(1, second.GetProperty("restarts").GetInt32());
        Assert.Equal(137, second.GetProperty("lastExitCode").GetInt32());
        Assert.Equal("http://127.0.0.1:24001/", second.GetProperty("address").GetString());
    }

    [Fact]
    public async Task A_crash_loop_shows_with_its_report_and_no_pid()
    {
        await _journal.JoinAsync(Spec("azora-credentials-0", "azora-credentials", 3107), _runId, default);
        await Record("azora-credentials-0", ProcessEventKind.Started, pid: 5100);
        await Record("azora-credentials-0", ProcessEventKind.Exited, pid: 5100, exitCode: 1);
        await Record("azora-credentials-0", ProcessEventKind.CrashLoop, detail: "azora-credentials-0 is crash-looping: it was restarted 5 times within 300 s");
        using var admin = ClientAs(Roles.PlatformAdmin);

        var process = (await admin.GetFromJsonAsync<JsonElement>("/api/processes"))[0];

        Assert.Equal("crashLoop", process.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, process.GetProperty("pid").ValueKind);
        Assert.Equal(JsonValueKind.Null, process.GetProperty("uptimeSeconds").ValueKind);
        Assert.Contains("crash-looping", process.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_history_of_an_instance_pages_newest_first_without_gaps_or_repeats()
    {
        await _journal.JoinAsync(Spec("user-service-0", "user-service", 3306), _runId, default);
        for (var i = 0; i < 3; i++)
        {
            await Record("user-service-0", ProcessEventKind.Started, pid: 6000 + i, restart: i > 0);
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Record("user-service-0", ProcessEventKind.Exited, pid: 6000 + i, exitCode: 137);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }
        using var admin = ClientAs(Roles.PlatformAdmin);

        var seen = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await admin.GetFromJsonAsync<JsonElement>("/api/processes/user-service-0/events?limit=4" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(6, seen.Count);
        Assert.Equal(6, seen.Select(e => e.GetProperty("id").GetGuid()).Distinct().Count());
        Assert.Equal("exited", seen[0].GetProperty("kind").GetString());
        Assert.Equal(6002, seen[0].GetProperty("pid").GetInt32());
        Assert.Equal(137, seen[0].GetProperty("exitCode").GetInt32());
        Assert.Equal("started", seen[^1].GetProperty("kind").GetString());
        Assert.Equal(6000, seen[^1].GetProperty("pid").GetInt32());
    }

    [Fact]
    public async Task The_history_of_an_unknown_instance_is_404()
    {
        using var admin = ClientAs(Roles.PlatformAdmin);

        var response = await admin.GetAsync("/api/processes/nobody-0/events");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    public async Task A_bad_page_request_is_refused_naming_the_parameter(string query, string field)
    {
        await _journal.JoinAsync(Spec("user-service-0", "user-service", 3306), _runId, default);
        using var admin = ClientAs(Roles.PlatformAdmin);

        var response = await admin.GetAsync("/api/processes/user-service-0/events" + query);

        await Problems.AssertFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Only_platform_admins_may_look_and_anonymous_callers_get_401()
    {
        await _journal.JoinAsync(Spec("user-service-0", "user-service", 3306), _runId, default);
        using var learner = ClientAs(Roles.Learner, Roles.Instructor);
        using var anonymous = _platform.Client(ServiceId);

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/api/processes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/api/processes/user-service-0/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/processes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/processes/user-service-0/events")).StatusCode);
    }

    [Fact]
    public async Task A_new_run_takes_an_instance_over_with_its_counters_started_again_and_its_history_kept()
    {
        await _journal.JoinAsync(Spec("azora-lms-0", "azora-lms", 3101), _runId, default);
        await Record("azora-lms-0", ProcessEventKind.Started, pid: 7000);
        await Record("azora-lms-0", ProcessEventKind.Started, pid: 7001, restart: true);
        await _journal.JoinAsync(Spec("azora-lms-0", "azora-lms", 3101), Guid.CreateVersion7(), default);
        using var admin = ClientAs(Roles.PlatformAdmin);

        var process = (await admin.GetFromJsonAsync<JsonElement>("/api/processes"))[0];
        var history = await admin.GetFromJsonAsync<JsonElement>("/api/processes/azora-lms-0/events");

        Assert.Equal(0, process.GetProperty("restarts").GetInt32());
        Assert.Equal(JsonValueKind.Null, process.GetProperty("pid").ValueKind);
        Assert.Equal(2, history.GetProperty("items").GetArrayLength());
    }
}
