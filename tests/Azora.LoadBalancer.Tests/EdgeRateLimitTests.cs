using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;

namespace Azora.LoadBalancer.Tests;

public sealed class EdgeRateLimitTests : IAsyncLifetime
{
    private const int Permits = 3;
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() =>
        _platform = await TestPlatform.StartAsync(["load-balancer", "user-service"], new Dictionary<string, string?>
        {
            ["Azora:Gateway:RateLimit:PermitLimit"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Azora:Gateway:RateLimit:Window"] = "01:00:00",
        });

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task A_client_over_the_edge_limit_gets_429_with_retry_after_and_a_problem()
    {
        using var gateway = _platform.Gateway();
        var path = new Uri("/user-service/health/ready", UriKind.Relative);
        for (var i = 0; i < Permits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync(path)).StatusCode);
        }

        var refused = await gateway.GetAsync(path);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.True(refused.Headers.RetryAfter.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_edge_limit_applies_to_proxied_routes_not_to_the_gateways_own_health()
    {
        using var gateway = _platform.Gateway();
        for (var i = 0; i < Permits + 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync(new Uri("/user-service/health/ready", UriKind.Relative))).StatusCode);
    }
}
