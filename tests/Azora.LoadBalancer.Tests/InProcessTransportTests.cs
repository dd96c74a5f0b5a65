using System.Net;
using System.Net.Http.Json;
using Azora.LoadBalancer.Features.InProcess;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.LoadBalancer.Tests;

public sealed class InProcessTransportTests(GatewayWithServices host) : IClassFixture<GatewayWithServices>
{
    private readonly TestPlatform _platform = host.Platform;

    [Fact]
    public async Task A_service_of_the_same_process_is_reached_in_memory_and_routed_by_its_own_port()
    {
        using var gateway = _platform.Gateway();
        using var direct = _platform.Client("user-service");

        // The API document is larger than what an in-memory connection buffers before the writer waits for the reader.
        var proxied = await gateway.GetAsync(new Uri("/user-service/openapi/user-service.json", UriKind.Relative));
        // The gateway calls the service by its platform address, so the document names that host.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/openapi/user-service.json", UriKind.Relative));
        request.Headers.Host = $"localhost:{_platform.PortOf("user-service")}";
        var own = await direct.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.Equal(await own.Content.ReadAsStringAsync(), await proxied.Content.ReadAsStringAsync());
        Assert.True(_platform.App.Services.GetRequiredService<InProcessListeners>().Opened > 0);
    }

    [Fact]
    public async Task A_request_body_and_an_error_answer_cross_the_in_memory_connection_whole()
    {
        using var gateway = _platform.Gateway();
        // The fields the server needs come last, after a parameter it ignores: a body cut short would lose them.
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["padding"] = new string('x', 100_000),
            ["grant_type"] = "password",
            ["client_id"] = "azora-cli",
            ["username"] = "nobody@example.test",
            ["password"] = "not-the-password",
        });

        var response = await gateway.PostAsync(new Uri("/session-service/connect/token", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_grant", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_the_services_own_limit_is_refused_as_the_service_refuses_it_directly()
    {
        using var gateway = _platform.Gateway();
        using var direct = _platform.Client("user-service");
        // The gateway lets bodies up to 64 MB through (media uploads); the service's own limit is 1 MB.
        var oversized = new { email = "big@example.test", password = new string('x', 2 * 1024 * 1024), displayName = "Big" };

        var proxied = await gateway.PostAsync(new Uri("/user-service/api/accounts", UriKind.Relative), JsonContent.Create(oversized));
        var own = await direct.PostAsync(new Uri("/api/accounts", UriKind.Relative), JsonContent.Create(oversized));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, own.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, proxied.StatusCode);
    }
}

public sealed class TcpTransportTests(GatewayWithEchoInstances host) : IClassFixture<GatewayWithEchoInstances>
{
    private readonly TestPlatform _platform = host.Platform;

    [Fact]
    public async Task Instances_in_other_processes_are_still_reached_over_tcp()
    {
        using var gateway = _platform.Gateway();

        var response = await gateway.GetAsync(new Uri("/user-service/anything", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _platform.App.Services.GetRequiredService<InProcessListeners>().Opened);
    }
}
