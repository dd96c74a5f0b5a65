using System.Net;
using System.Net.Http.Json;
using Azora.LoadBalancer.Features.HandOver;
using Azora.LoadBalancer.Features.InProcess;
using Azora.ServiceDefaults.Catalog;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.LoadBalancer.Tests;

public sealed class SameProcessHandOverTests(GatewayWithServices host) : IClassFixture<GatewayWithServices>
{
    private readonly TestPlatform _platform = host.Platform;

    private SameProcessHandOver HandOver => _platform.App.Services.GetRequiredService<SameProcessHandOver>();

    [Fact]
    public async Task A_service_of_the_same_process_answers_in_place_and_writes_the_gateways_address_with_its_prefix()
    {
        using var gateway = _platform.Gateway();
        using var direct = _platform.Client("user-service");
        var before = HandOver.HandedOver;

        var proxied = await gateway.GetStringAsync(new Uri("/user-service/openapi/user-service.json", UriKind.Relative));
        var own = await direct.GetStringAsync(new Uri("/openapi/user-service.json", UriKind.Relative));

        Assert.Equal(before + 1, HandOver.HandedOver);
        // The document names the server its reader called: the service's port directly, the gateway and prefix through it.
        var directServer = direct.BaseAddress!.ToString();
        var gatewayServer = gateway.BaseAddress + "user-service";
        Assert.Contains(directServer, own);
        Assert.Equal(own.Replace(directServer, gatewayServer), proxied);
    }

    [Fact]
    public async Task The_next_request_on_the_same_connection_is_the_gateways_own_again()
    {
        using var oneConnection = new SocketsHttpHandler { MaxConnectionsPerServer = 1 };
        using var gateway = new HttpClient(oneConnection) { BaseAddress = _platform.AddressOf(ServiceCatalog.GatewayId) };

        var handedOver = await gateway.GetAsync(new Uri("/user-service/health/ready", UriKind.Relative));
        // The gateway's own instance API asks for a token; user-service has no such route and would answer 404.
        var own = await gateway.GetAsync(new Uri("/api/instances", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, handedOver.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, own.StatusCode);
    }

    [Fact]
    public async Task A_path_that_only_starts_like_a_service_is_not_handed_over()
    {
        using var gateway = _platform.Gateway();
        var before = HandOver.HandedOver;

        var response = await gateway.GetAsync(new Uri("/user-services/health/ready", UriKind.Relative));

        // The gateway's own answer to a path none of its routes takes.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, HandOver.HandedOver);
    }

    [Fact]
    public async Task A_request_body_and_an_error_answer_pass_the_gateway_whole()
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

/// <summary>The gateway and user-service in one host, trusting test tokens, with a stand-in instance ready to be registered.</summary>
public sealed class GatewayWithServiceAndSpare : IAsyncLifetime
{
    internal EchoUpstream Spare { get; private set; } = null!;
    internal TestTokens Tokens { get; } = new();
    internal InstanceApi Api { get; private set; } = null!;
    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Spare = await EchoUpstream.StartAsync("spare");
        Platform = await TestPlatform.StartAsync(["load-balancer", "user-service"], new Dictionary<string, string?>
        {
            ["Azora:Gateway:LoadBalancingPolicy"] = "RoundRobin",
        }, configure: Tokens.Trust);
        Api = new InstanceApi(Platform, Tokens);
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await Spare.DisposeAsync();
        Tokens.Dispose();
    }
}

public sealed class HandOverWithInstancesElsewhereTests(GatewayWithServiceAndSpare host) : IClassFixture<GatewayWithServiceAndSpare>
{
    private readonly TestPlatform _platform = host.Platform;
    private readonly EchoUpstream _spare = host.Spare;
    private readonly InstanceApi _api = host.Api;

    [Fact]
    public async Task With_a_second_instance_in_rotation_yarp_balances_and_after_its_removal_the_hand_over_resumes()
    {
        var handOver = _platform.App.Services.GetRequiredService<SameProcessHandOver>();
        var inMemory = _platform.App.Services.GetRequiredService<InProcessListeners>();
        using var gateway = _platform.Gateway();
        await _platform.WaitUntilRoutedAsync();

        InstanceApi.AssertSuccess(await _api.PutAsync("user-service", "spare", _spare.Address), HttpStatusCode.Created);
        var handedOverBefore = handOver.HandedOver;
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync(new Uri("/user-service/health/ready", UriKind.Relative))).StatusCode);
        }

        // Round robin over this process's instance (reached in memory by YARP) and the spare (over TCP).
        Assert.Equal(2, _spare.Answered);
        Assert.Equal(handedOverBefore, handOver.HandedOver);
        Assert.True(inMemory.Opened > 0);

        InstanceApi.AssertSuccess(await _api.DeleteAsync("user-service", "spare"), HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync(new Uri("/user-service/health/ready", UriKind.Relative))).StatusCode);

        Assert.Equal(2, _spare.Answered);
        Assert.Equal(handedOverBefore + 1, handOver.HandedOver);
    }
}
