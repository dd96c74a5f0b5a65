using System.Net;
using System.Net.Http.Json;
using Azora.Testing;

namespace Azora.LoadBalancer.Tests;

/// <summary>
/// The gateway in front of two stand-in instances of user-service. Passive health is kept from judging them here (it
/// would need a thousand requests), so every request may go to either and the retry counts are exact.
/// </summary>
public sealed class GatewayWithTwoInstancesToRetry : IAsyncLifetime
{
    internal EchoUpstream First { get; private set; } = null!;
    internal EchoUpstream Second { get; private set; } = null!;
    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        First = await EchoUpstream.StartAsync("first");
        Second = await EchoUpstream.StartAsync("second");
        Platform = await TestPlatform.StartAsync(["load-balancer"], new Dictionary<string, string?>
        {
            ["Azora:Addresses:user-service"] = First.Address.ToString(),
            ["Azora:Gateway:Instances:user-service:0"] = Second.Address.ToString(),
            ["Azora:Gateway:LoadBalancingPolicy"] = "RoundRobin",
            ["Azora:Gateway:HealthChecks:PassiveMinimumRequests"] = "1000",
        });
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}

public sealed class RetryTests(GatewayWithTwoInstancesToRetry host) : IClassFixture<GatewayWithTwoInstancesToRetry>
{
    private readonly EchoUpstream _first = host.First;
    private readonly EchoUpstream _second = host.Second;
    private readonly TestPlatform _platform = host.Platform;

    private async Task<(HttpResponseMessage Response, int FirstDrops, int SecondDrops)> SendCountingDropsAsync(HttpRequestMessage request)
    {
        var (firstBefore, secondBefore) = (_first.Dropped, _second.Dropped);
        using var gateway = _platform.Gateway();
        var response = await gateway.SendAsync(request);
        return (response, _first.Dropped - firstBefore, _second.Dropped - secondBefore);
    }

    public static TheoryData<string> IdempotentMethods() => ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"];

    [Theory]
    [MemberData(nameof(IdempotentMethods))]
    public async Task An_idempotent_request_dropped_by_one_instance_is_tried_on_the_other(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/user-service/drop", UriKind.Relative));
        if (method is "PUT" or "DELETE")
        {
            request.Content = JsonContent.Create(new { amount = 10 });
        }

        var (response, firstDrops, secondDrops) = await SendCountingDropsAsync(request);

        Assert.Equal((1, 1), (firstDrops, secondDrops));
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task A_post_with_an_idempotency_key_is_tried_on_the_other_instance()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/user-service/drop", UriKind.Relative))
        {
            Content = JsonContent.Create(new { amount = 10 }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var (response, firstDrops, secondDrops) = await SendCountingDropsAsync(request);

        Assert.Equal((1, 1), (firstDrops, secondDrops));
        await Problems.AssertProblemAsync(response, HttpStatusCode.BadGateway);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task A_request_that_is_not_idempotent_is_sent_once_and_its_failure_reported(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/user-service/drop", UriKind.Relative))
        {
            Content = JsonContent.Create(new { amount = 10 }),
        };

        var (response, firstDrops, secondDrops) = await SendCountingDropsAsync(request);

        Assert.Equal(1, firstDrops + secondDrops);
        await Problems.AssertProblemAsync(response, HttpStatusCode.BadGateway);
    }

    [Fact]
    public async Task A_retried_request_reaches_the_other_instance_whole_and_the_caller_sees_only_its_answer()
    {
        _first.DropAll = true;
        try
        {
            var dropsBefore = _first.Dropped;
            for (var i = 0; i < 2; i++)
            {
                using var gateway = _platform.Gateway();
                var body = $"{{\"attempt\":{i},\"padding\":\"{new string('x', 20_000)}\"}}";
                using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

                var response = await gateway.PutAsync(new Uri($"/user-service/things/{i}?q=1", UriKind.Relative), content);

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var echo = (await response.Content.ReadFromJsonAsync<EchoedRequest>())!;
                Assert.Equal(("second", "PUT", $"/things/{i}", "?q=1", body), (echo.Instance, echo.Method, echo.Path, echo.Query, echo.Body));
            }
            // Round robin sends one of the two to the failing instance first.
            Assert.True(_first.Dropped > dropsBefore);
        }
        finally
        {
            _first.DropAll = false;
        }
    }
}
