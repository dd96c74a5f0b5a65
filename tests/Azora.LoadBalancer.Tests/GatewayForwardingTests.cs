using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azora.LoadBalancer.Features.RequestIds;
using Azora.Testing;

namespace Azora.LoadBalancer.Tests;

/// <summary>The gateway alone, in front of two stand-in instances of user-service that echo what they receive.</summary>
public sealed class GatewayWithEchoInstances : IAsyncLifetime
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
        });
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}

public sealed class GatewayForwardingTests(GatewayWithEchoInstances host) : IClassFixture<GatewayWithEchoInstances>
{
    private readonly EchoUpstream _first = host.First;
    private readonly EchoUpstream _second = host.Second;
    private readonly TestPlatform _platform = host.Platform;

    private async Task<(HttpResponseMessage Response, EchoedRequest Echo)> SendAsync(HttpRequestMessage request)
    {
        using var gateway = _platform.Gateway();
        var response = await gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<EchoedRequest>();
        return (response, echo!);
    }

    [Fact]
    public async Task The_service_prefix_is_stripped_and_the_rest_of_the_path_and_query_kept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/user-service/api/accounts/me?expand=roles", UriKind.Relative));

        var (_, echo) = await SendAsync(request);

        Assert.Equal("/api/accounts/me", echo.Path);
        Assert.Equal("?expand=roles", echo.Query);
    }

    [Fact]
    public async Task The_authorization_header_reaches_the_service_untouched_and_the_gateway_does_not_judge_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/user-service/api/accounts/me", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token-the-gateway-should-check");

        var (_, echo) = await SendAsync(request);

        Assert.Equal("Bearer not-a-token-the-gateway-should-check", echo.Header("Authorization"));
    }

    [Fact]
    public async Task The_request_id_the_caller_sees_is_the_one_the_service_received()
    {
        using var generated = new HttpRequestMessage(HttpMethod.Get, new Uri("/user-service/anything", UriKind.Relative));
        using var brought = new HttpRequestMessage(HttpMethod.Get, new Uri("/user-service/anything", UriKind.Relative));
        brought.Headers.Add(RequestId.Header, "caller-7");

        var (generatedResponse, generatedEcho) = await SendAsync(generated);
        var (broughtResponse, broughtEcho) = await SendAsync(brought);

        Assert.Equal(generatedResponse.Headers.GetValues(RequestId.Header).Single(), generatedEcho.Header(RequestId.Header));
        Assert.Equal("caller-7", broughtEcho.Header(RequestId.Header));
        Assert.Equal(["caller-7"], broughtResponse.Headers.GetValues(RequestId.Header));
    }

    [Fact]
    public async Task Forwarded_headers_describe_the_original_request_and_ignore_what_the_caller_claims()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/user-service/anything", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Prefix", "/elsewhere");

        var (_, echo) = await SendAsync(request);

        Assert.Equal("127.0.0.1", echo.Header("X-Forwarded-For"));
        Assert.Equal("http", echo.Header("X-Forwarded-Proto"));
        Assert.Equal($"127.0.0.1:{_platform.PortOf("load-balancer")}", echo.Header("X-Forwarded-Host"));
        Assert.Equal("/user-service", echo.Header("X-Forwarded-Prefix"));
    }

    [Fact]
    public async Task A_post_is_forwarded_with_its_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/user-service/api/things", UriKind.Relative))
        {
            Content = JsonContent.Create(new { name = "x" }),
        };

        var (_, echo) = await SendAsync(request);

        Assert.Equal("POST", echo.Method);
        Assert.Equal("/api/things", echo.Path);
    }

    [Fact]
    public async Task A_post_that_fails_upstream_is_not_retried_and_gives_a_502_problem()
    {
        using var gateway = _platform.Gateway();
        using var content = JsonContent.Create(new { amount = 10 });

        var response = await gateway.PostAsync(new Uri("/user-service/drop", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, _first.Dropped + _second.Dropped);
    }

    [Fact]
    public async Task Requests_are_spread_over_every_configured_instance()
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/user-service/anything", UriKind.Relative));
            var (_, echo) = await SendAsync(request);
            seen.Add(echo.Instance);
        }

        Assert.Equal(["first", "second"], seen.Order());
    }
}
