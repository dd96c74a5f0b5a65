using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.HealthMonitor.Polling;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Azora.HealthMonitor.Tests;

/// <summary>
/// health-monitor on a test clock, watching stubs instead of real services: azora-content has one instance
/// (<see cref="Content"/>) and azora-lms two (<see cref="LmsFirst"/> at its platform address, <see cref="LmsSecond"/> as
/// the gateway's extra instance). The schedule is set 30 days apart, longer than any test moves the clock, so only the test's own <see cref="PollAsync"/> polls.
/// </summary>
internal sealed class MonitorHarness : IAsyncDisposable
{
    public const string ServiceId = "health-monitor";
    public const string ContentId = "azora-content";
    public const string LmsId = "azora-lms";
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>Keeps a host from watching its configuration files, which would spend one of the machine's few inotify instances.</summary>
    public const string NoConfigurationReload = "--hostBuilder:reloadConfigOnChange=false";

    private MonitorHarness(TestPlatform platform, FakeTimeProvider clock, TestTokens tokens, ReadinessStub content, ReadinessStub lmsFirst, ReadinessStub lmsSecond)
    {
        Platform = platform;
        Clock = clock;
        Tokens = tokens;
        Content = content;
        LmsFirst = lmsFirst;
        LmsSecond = lmsSecond;
    }

    public TestPlatform Platform { get; }
    public FakeTimeProvider Clock { get; }
    public TestTokens Tokens { get; }
    public ReadinessStub Content { get; }
    public ReadinessStub LmsFirst { get; }
    public ReadinessStub LmsSecond { get; }

    public static async Task<MonitorHarness> StartAsync(
        IDictionary<string, string?>? extraSettings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var content = await ReadinessStub.StartAsync();
        var lmsFirst = await ReadinessStub.StartAsync();
        var lmsSecond = await ReadinessStub.StartAsync();
        // A whole minute, so that every poll falls inside one hour exactly as the tests count them.
        var start = TimeProvider.System.GetUtcNow();
        var clock = new FakeTimeProvider(new DateTimeOffset(start.Year, start.Month, start.Day, start.Hour, 0, 0, TimeSpan.Zero));
        var tokens = new TestTokens();
        var settings = new Dictionary<string, string?>
        {
            [$"Azora:Addresses:{ContentId}"] = content.Instance,
            [$"Azora:Addresses:{LmsId}"] = lmsFirst.Instance,
            [$"Azora:Gateway:Instances:{LmsId}:0"] = lmsSecond.Instance,
            ["Azora:HealthMonitor:PollIntervalSeconds"] = (30 * 24 * 3600).ToString(CultureInfo.InvariantCulture),
            ["Azora:HealthMonitor:ProbeTimeoutSeconds"] = "2",
            ["hostBuilder:reloadConfigOnChange"] = "false",
        };
        foreach (var setting in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[setting.Key] = setting.Value;
        }
        var platform = await TestPlatform.StartAsync([ServiceId], settings, clock, configure: builder =>
        {
            tokens.Trust(builder);
            configure?.Invoke(builder);
        });
        return new MonitorHarness(platform, clock, tokens, content, lmsFirst, lmsSecond);
    }

    /// <summary>Moves the clock on by one interval and runs one poll of every instance.</summary>
    public async Task PollAsync(int times = 1)
    {
        var poller = Platform.App.Services.GetRequiredService<HealthPoller>();
        for (var i = 0; i < times; i++)
        {
            Clock.Advance(Interval);
            await poller.PollOnceAsync(CancellationToken.None);
        }
    }

    public HttpClient Anonymous() => Platform.Client(ServiceId);

    public HttpClient As(params string[] roles)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForAccount(Guid.CreateVersion7(), roles));
        return client;
    }

    public HttpClient Admin() => As(Roles.PlatformAdmin);

    public async Task<JsonElement> IncidentsAsync(string? state = null)
    {
        using var admin = Admin();
        var page = await admin.GetFromJsonAsync<JsonElement>(state is null ? "/api/incidents" : $"/api/incidents?state={state}");
        return page.GetProperty("items");
    }

    /// <summary>The one incident of a service; the services not stubbed here are down and have incidents of their own.</summary>
    public async Task<JsonElement> IncidentOfAsync(string serviceId) =>
        Assert.Single((await IncidentsAsync()).EnumerateArray(), i => i.GetProperty("serviceId").GetString() == serviceId);

    public async ValueTask DisposeAsync()
    {
        await Platform.DisposeAsync();
        await Content.DisposeAsync();
        await LmsFirst.DisposeAsync();
        await LmsSecond.DisposeAsync();
        Tokens.Dispose();
    }
}
