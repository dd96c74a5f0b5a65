using System.Net;
using System.Net.Http.Json;
using Azora.Testing;

namespace Azora.LoadBalancer.Tests;

/// <summary>Two real instances of a stand-in user-service behind the gateway; one of them is killed and brought back.</summary>
public sealed class PassiveHealthTests : IAsyncLifetime
{
    private static readonly TimeSpan Reactivation = TimeSpan.FromSeconds(5);
    private readonly TestTokens _tokens = new();
    private EchoUpstream _survivor = null!;
    private EchoUpstream _victim = null!;
    private TestPlatform _platform = null!;
    private InstanceApi _api = null!;

    public async Task InitializeAsync()
    {
        _survivor = await EchoUpstream.StartAsync("survivor");
        _victim = await EchoUpstream.StartAsync("victim");
        _platform = await TestPlatform.StartAsync(["load-balancer"], new Dictionary<string, string?>
        {
            ["Azora:Addresses:user-service"] = _survivor.Address.ToString(),
            ["Azora:Gateway:LoadBalancingPolicy"] = "RoundRobin",
            // Only real traffic judges the instances here: the next readiness probe is far off.
            ["Azora:Gateway:HealthChecks:Interval"] = "00:10:00",
            ["Azora:Gateway:HealthChecks:PassiveMinimumRequests"] = "2",
            ["Azora:Gateway:HealthChecks:ReactivationPeriod"] = Reactivation.ToString("c"),
            ["Azora:Gateway:HealthChecks:PassiveWindow"] = Reactivation.ToString("c"),
        }, configure: _tokens.Trust);
        _api = new InstanceApi(_platform, _tokens);
        InstanceApi.AssertSuccess(await _api.PutAsync("user-service", "victim", _victim.Address), HttpStatusCode.Created);
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        await _survivor.DisposeAsync();
        await _victim.DisposeAsync();
        _tokens.Dispose();
    }

    private async Task<string> SendAsync(HttpMethod method, bool withIdempotencyKey = false)
    {
        using var gateway = _platform.Gateway();
        using var request = new HttpRequestMessage(method, new Uri("/user-service/orders/7", UriKind.Relative));
        if (method != HttpMethod.Get)
        {
            request.Content = JsonContent.Create(new { quantity = 1 });
        }
        if (withIdempotencyKey)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }
        var response = await gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EchoedRequest>())!.Instance;
    }

    [Fact]
    public async Task Killing_one_instance_loses_no_idempotent_request_and_passive_health_takes_it_out_and_brings_it_back()
    {
        await _api.WaitForAsync("user-service", "victim", i => i.InRotation, TimeSpan.FromSeconds(30));
        string[] beforeKill = [await SendAsync(HttpMethod.Get), await SendAsync(HttpMethod.Get)];
        Assert.Equal(["survivor", "victim"], beforeKill.Order());
        var port = _victim.Port;
        await _victim.StopAsync();

        var answeredBy = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            answeredBy.Add(await SendAsync(HttpMethod.Get));
            answeredBy.Add(await SendAsync(HttpMethod.Put));
            answeredBy.Add(await SendAsync(HttpMethod.Delete));
            answeredBy.Add(await SendAsync(HttpMethod.Post, withIdempotencyKey: true));
        }

        Assert.All(answeredBy, instance => Assert.Equal("survivor", instance));
        var victim = await _api.GetAsync("user-service", "victim");
        Assert.Equal(("Unhealthy", false), (victim.PassiveHealth, victim.InRotation));
        Assert.NotEqual("Unhealthy", victim.ActiveHealth);

        await using var revived = await EchoUpstream.StartAsync("victim", port);
        await _api.WaitForAsync("user-service", "victim", i => i.PassiveHealth != "Unhealthy" && i.InRotation, Reactivation * 6);

        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (await SendAsync(HttpMethod.Get) != "victim")
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The revived instance never got a request back.");
        }
        Assert.True(revived.Answered > 0);
    }
}
