using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.LoadBalancer.Features.RequestIds;
using Azora.Testing;

namespace Azora.LoadBalancer.Tests;

/// <summary>The gateway hosted alone: every service behind it has a port that nothing listens on.</summary>
public sealed class GatewayFailureTests
{
    private static Task<TestPlatform> StartGatewayAloneAsync(TimeSpan probeInterval) =>
        TestPlatform.StartAsync(["load-balancer"], new Dictionary<string, string?>
        {
            ["Azora:Gateway:HealthChecks:Interval"] = probeInterval.ToString("c"),
        });

    private static async Task AssertProblemNamingAsync(HttpResponseMessage response, HttpStatusCode status, string serviceId)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(serviceId, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains(RequestId.Header));
    }

    [Fact]
    public async Task A_service_that_refuses_connections_gives_a_502_problem_naming_it()
    {
        // One probe fails at start-up; two in a row are needed to mark the destination unhealthy, and the next is far off.
        await using var platform = await StartGatewayAloneAsync(TimeSpan.FromMinutes(10));
        using var gateway = platform.Gateway();

        var response = await gateway.GetAsync(new Uri("/user-service/health/ready", UriKind.Relative));

        await AssertProblemNamingAsync(response, HttpStatusCode.BadGateway, "user-service");
    }

    [Fact]
    public async Task A_service_with_no_healthy_instance_gives_a_503_problem_naming_it_with_retry_after()
    {
        await using var platform = await StartGatewayAloneAsync(TimeSpan.FromMilliseconds(200));
        using var gateway = platform.Gateway();
        var path = new Uri("/session-service/health/ready", UriKind.Relative);

        // Active probes mark the destination unhealthy after two consecutive failures; wait for that verdict.
        var waited = Stopwatch.StartNew();
        var response = await gateway.GetAsync(path);
        while (response.StatusCode != HttpStatusCode.ServiceUnavailable && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await AssertProblemNamingAsync(response, HttpStatusCode.BadGateway, "session-service");
            await Task.Delay(100);
            response = await gateway.GetAsync(path);
        }

        await AssertProblemNamingAsync(response, HttpStatusCode.ServiceUnavailable, "session-service");
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }
}
