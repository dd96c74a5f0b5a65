using System.Net;
using Azora.LoadBalancer.Features.RequestIds;
using Azora.Testing;

namespace Azora.LoadBalancer.Tests;

/// <summary>The gateway in front of the real user-service and session-service, in one host as <c>azora run</c> has them.</summary>
public sealed class GatewayWithServices : IAsyncLifetime
{
    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Platform = await TestPlatform.StartAsync(["load-balancer", "user-service", "session-service"]);

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}

public sealed class GatewayProxyTests(GatewayWithServices host) : IClassFixture<GatewayWithServices>
{
    private readonly TestPlatform _platform = host.Platform;

    [Theory]
    [InlineData("user-service")]
    [InlineData("session-service")]
    public async Task A_service_answers_through_the_gateway_as_it_does_on_its_own_port(string serviceId)
    {
        using var gateway = _platform.Gateway();
        using var direct = _platform.Client(serviceId);

        var proxied = await gateway.GetAsync(new Uri($"/{serviceId}/health/ready", UriKind.Relative));
        var own = await direct.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.Equal(await own.Content.ReadAsStringAsync(), await proxied.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_gateway_response_carries_a_request_id()
    {
        using var gateway = _platform.Gateway();

        var response = await gateway.GetAsync(new Uri("/user-service/health/ready", UriKind.Relative));

        var id = Assert.Single(response.Headers.GetValues(RequestId.Header));
        Assert.True(RequestId.IsWellFormed(id));
    }

    [Fact]
    public async Task A_well_formed_incoming_request_id_is_echoed()
    {
        using var gateway = _platform.Gateway();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/session-service/health/ready", UriKind.Relative));
        request.Headers.Add(RequestId.Header, "client-abc.123");

        var response = await gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["client-abc.123"], response.Headers.GetValues(RequestId.Header));
    }

    public static TheoryData<string> HostileRequestIds => new()
    {
        new string('x', 500),
        "has spaces and ;=,",
        "<script>alert(1)</script>",
    };

    [Theory]
    [MemberData(nameof(HostileRequestIds))]
    public async Task A_hostile_incoming_request_id_is_replaced(string incoming)
    {
        using var gateway = _platform.Gateway();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/user-service/health/ready", UriKind.Relative));
        request.Headers.TryAddWithoutValidation(RequestId.Header, incoming);

        var response = await gateway.SendAsync(request);

        var id = Assert.Single(response.Headers.GetValues(RequestId.Header));
        Assert.NotEqual(incoming, id);
        Assert.True(RequestId.IsWellFormed(id));
    }

    [Fact]
    public async Task The_gateway_routes_do_not_answer_on_another_services_port()
    {
        using var gateway = _platform.Gateway();
        using var userService = _platform.Client("user-service");
        var path = new Uri("/session-service/health/ready", UriKind.Relative);

        var throughGateway = await gateway.GetAsync(path);
        var throughUserServicePort = await userService.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, throughGateway.StatusCode);
        Assert.Contains(throughUserServicePort.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Unauthorized });
        Assert.False(throughUserServicePort.Headers.Contains(RequestId.Header));
    }

    [Fact]
    public async Task A_planned_service_has_no_route_through_the_gateway()
    {
        using var gateway = _platform.Gateway();

        var planned = Azora.ServiceDefaults.Catalog.ServiceCatalog.Current.Services.First(e => !e.IsImplemented);
        var response = await gateway.GetAsync(new Uri($"/{planned.Id}/health/ready", UriKind.Relative));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Unauthorized });
    }
}
