using System.Net;
using Azora.Testing;

namespace Azora.LoadBalancer.Tests;

/// <summary>The gateway and user-service in one host, with readiness probes ten minutes apart.</summary>
public sealed class StartupProbeTests : IAsyncLifetime
{
    private readonly TestTokens _tokens = new();
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() =>
        _platform = await TestPlatform.StartAsync(["load-balancer", "user-service"], new Dictionary<string, string?>
        {
            ["Azora:Gateway:HealthChecks:Interval"] = "00:10:00",
        }, configure: _tokens.Trust);

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _tokens.Dispose();
    }

    [Fact]
    public async Task A_service_in_the_same_host_answers_through_the_gateway_as_soon_as_the_host_has_started()
    {
        using var gateway = _platform.Gateway();

        var first = await gateway.GetAsync(new Uri("/user-service/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }

    [Fact]
    public async Task The_gateway_probes_its_destinations_once_the_host_listens_not_one_interval_later()
    {
        var api = new InstanceApi(_platform, _tokens);

        var instance = await api.WaitForAsync("user-service", "user-service-0", i => i.ActiveHealth != "Unknown", TimeSpan.FromSeconds(30));

        Assert.Equal(("Healthy", true), (instance.ActiveHealth, instance.InRotation));
    }
}
