using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azora.Contracts;
using Azora.Contracts.LoadBalancer;
using Azora.Testing;

namespace Azora.LoadBalancer.Tests;

/// <summary>The gateway alone, trusting test tokens, with user-service's platform address on one stand-in instance and a second one started but not registered.</summary>
public sealed class GatewayWithSpareInstance : IAsyncLifetime
{
    internal EchoUpstream First { get; private set; } = null!;
    internal EchoUpstream Spare { get; private set; } = null!;
    internal TestTokens Tokens { get; } = new();
    internal InstanceApi Api { get; private set; } = null!;
    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        First = await EchoUpstream.StartAsync("first");
        Spare = await EchoUpstream.StartAsync("spare");
        Platform = await TestPlatform.StartAsync(["load-balancer"], new Dictionary<string, string?>
        {
            ["Azora:Addresses:user-service"] = First.Address.ToString(),
            ["Azora:Gateway:LoadBalancingPolicy"] = "RoundRobin",
        }, configure: Tokens.Trust);
        Api = new InstanceApi(Platform, Tokens);
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await First.DisposeAsync();
        await Spare.DisposeAsync();
        Tokens.Dispose();
    }
}

public sealed class InstanceApiTests(GatewayWithSpareInstance host) : IClassFixture<GatewayWithSpareInstance>
{
    private const string Service = "user-service";
    private readonly InstanceApi _api = host.Api;
    private readonly EchoUpstream _first = host.First;
    private readonly EchoUpstream _spare = host.Spare;
    private readonly TestPlatform _platform = host.Platform;

    private async Task<EchoedRequest> GetThroughGatewayAsync(string path = "/user-service/anything")
    {
        using var gateway = _platform.Gateway();
        var response = await gateway.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EchoedRequest>())!;
    }

    [Theory]
    [InlineData("/api/instances", "get", "ListInstances")]
    [InlineData("/api/instances/{serviceId}/{instanceId}", "put", "RegisterInstance")]
    [InlineData("/api/instances/{serviceId}/{instanceId}", "delete", "RemoveInstance")]
    public async Task Every_instance_endpoint_is_in_the_gateways_openapi_document(string path, string method, string operationId)
    {
        using var anonymous = _platform.Gateway();

        var document = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/openapi/load-balancer.json", UriKind.Relative));

        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is missing");
        Assert.True(operations.TryGetProperty(method, out var operation), $"{method} {path} is missing");
        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
    }

    [Fact]
    public async Task The_listing_shows_every_routed_service_instance_with_its_address_and_health()
    {
        var instances = await _api.ListAsync();

        var first = Assert.Single(instances, i => i.ServiceId == Service && i.InstanceId == "user-service-0");
        Assert.Equal(_first.Address.ToString(), first.Address);
        Assert.Contains(first.ActiveHealth, new[] { "Unknown", "Healthy" });
        Assert.Contains(first.PassiveHealth, new[] { "Unknown", "Healthy" });
        Assert.True(first.InRotation);
        Assert.Contains(instances, i => i.ServiceId == "session-service");
        Assert.DoesNotContain(instances, i => i.ServiceId == "load-balancer");
    }

    [Fact]
    public async Task A_registered_instance_joins_the_rotation_and_registering_it_again_changes_nothing()
    {
        try
        {
            InstanceApi.AssertSuccess(await _api.PutAsync(Service, "spare", _spare.Address), HttpStatusCode.Created);
            var again = await _api.PutAsync(Service, "spare", _spare.Address);
            InstanceApi.AssertSuccess(again, HttpStatusCode.OK);
            Assert.Equal(_spare.Address.ToString(), (await again.Content.ReadFromJsonAsync<ListedInstance>())!.Address);

            Assert.Single(await _api.ListAsync(), i => i.InstanceId == "spare");
            var seen = new HashSet<string>();
            for (var i = 0; i < 6; i++)
            {
                seen.Add((await GetThroughGatewayAsync()).Instance);
            }
            Assert.Equal(["first", "spare"], seen.Order());
        }
        finally
        {
            await _api.DeleteAsync(Service, "spare");
        }
    }

    [Fact]
    public async Task Draining_an_instance_lets_its_request_in_flight_finish_and_sends_new_requests_elsewhere()
    {
        InstanceApi.AssertSuccess(await _api.PutAsync(Service, "spare", _spare.Address), HttpStatusCode.Created);
        try
        {
            using var slowClient = _platform.Gateway();
            var inFlight = slowClient.GetAsync(new Uri("/user-service/slow", UriKind.Relative));
            var arrived = await Task.WhenAny(_first.SlowArrived, _spare.SlowArrived).WaitAsync(TimeSpan.FromSeconds(30));
            var (holder, holderId, other) = arrived == _first.SlowArrived
                ? (_first, "user-service-0", _spare)
                : (_spare, "spare", _first);
            Assert.Equal(1, (await _api.GetAsync(Service, holderId)).RequestsInFlight);

            InstanceApi.AssertSuccess(await _api.DeleteAsync(Service, holderId), HttpStatusCode.NoContent);

            Assert.DoesNotContain(await _api.ListAsync(), i => i.InstanceId == holderId);
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(other.Name, (await GetThroughGatewayAsync()).Instance);
            }
            Assert.False(inFlight.IsCompleted);
            holder.ReleaseSlow();
            var finished = await inFlight.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.OK, finished.StatusCode);
            Assert.Equal(holder.Name, (await finished.Content.ReadFromJsonAsync<EchoedRequest>())!.Instance);
        }
        finally
        {
            _first.ReleaseSlow();
            _spare.ReleaseSlow();
            await _api.PutAsync(Service, "user-service-0", _first.Address);
            await _api.DeleteAsync(Service, "spare");
        }
    }

    [Fact]
    public async Task Registering_an_address_already_in_rotation_under_another_name_takes_that_entry_over()
    {
        try
        {
            InstanceApi.AssertSuccess(await _api.PutAsync(Service, "primary", _first.Address), HttpStatusCode.Created);

            var mine = (await _api.ListAsync()).Where(i => i.ServiceId == Service).ToList();
            var only = Assert.Single(mine);
            Assert.Equal(("primary", _first.Address.ToString()), (only.InstanceId, only.Address));

            InstanceApi.AssertSuccess(await _api.DeleteAsync(Service, "primary"), HttpStatusCode.NoContent);
            using var gateway = _platform.Gateway();
            await Problems.AssertProblemAsync(await gateway.GetAsync(new Uri("/user-service/anything", UriKind.Relative)), HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            await _api.PutAsync(Service, "user-service-0", _first.Address);
        }
        Assert.Equal("first", (await GetThroughGatewayAsync()).Instance);
    }

    [Fact]
    public async Task Moving_an_instance_to_a_new_address_sends_its_traffic_there()
    {
        try
        {
            InstanceApi.AssertSuccess(await _api.PutAsync(Service, "user-service-0", _spare.Address), HttpStatusCode.OK);
            Assert.Equal("spare", (await GetThroughGatewayAsync()).Instance);
        }
        finally
        {
            await _api.PutAsync(Service, "user-service-0", _first.Address);
        }
        Assert.Equal("first", (await GetThroughGatewayAsync()).Instance);
    }

    [Fact]
    public async Task Registering_an_instance_of_a_service_the_gateway_does_not_route_is_404()
    {
        var planned = Azora.ServiceDefaults.Catalog.ServiceCatalog.Current.Services.First(e => !e.IsImplemented).Id;

        await Problems.AssertProblemAsync(await _api.PutAsync("no-such-service", "a", _spare.Address), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await _api.PutAsync(planned, "a", _spare.Address), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await _api.PutAsync("load-balancer", "a", _spare.Address), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1:4000/")]
    [InlineData("/relative")]
    [InlineData("http://127.0.0.1:4000/?x=1")]
    [InlineData("http://user:secret@127.0.0.1:4000/")]
    [InlineData("")]
    public async Task A_malformed_address_is_refused_naming_the_field_and_changes_nothing(string address)
    {
        using var client = _api.Client();

        var response = await client.PutAsJsonAsync(new Uri("/api/instances/user-service/bad", UriKind.Relative), new { address });

        await Problems.AssertFieldErrorAsync(response, "address");
        Assert.DoesNotContain(await _api.ListAsync(), i => i.InstanceId == "bad");
    }

    [Fact]
    public async Task A_missing_address_is_refused_naming_the_field()
    {
        using var client = _api.Client();

        var response = await client.PutAsJsonAsync(new Uri("/api/instances/user-service/bad", UriKind.Relative), new { });

        await Problems.AssertFieldErrorAsync(response, "address");
    }

    [Theory]
    [InlineData("has%20space")]
    [InlineData("semi%3Bcolon")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_malformed_instance_id_is_refused_naming_the_field(string instanceId)
    {
        using var client = _api.Client();

        var response = await client.PutAsJsonAsync(new Uri($"/api/instances/user-service/{instanceId}", UriKind.Relative), new { address = _spare.Address });

        await Problems.AssertFieldErrorAsync(response, "instanceId");
    }

    [Fact]
    public async Task Draining_an_instance_that_is_not_in_rotation_is_404()
    {
        await Problems.AssertProblemAsync(await _api.DeleteAsync(Service, "never-registered"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await _api.DeleteAsync("no-such-service", "x"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_token_the_instance_api_is_401()
    {
        using var anonymous = _platform.Gateway();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/instances", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync(
            new Uri("/api/instances/user-service/spare", UriKind.Relative), new { address = _spare.Address })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync(new Uri("/api/instances/user-service/user-service-0", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Other_roles_and_scopes_are_403_and_change_nothing()
    {
        foreach (var token in new[]
        {
            host.Tokens.ForAccount(Guid.NewGuid(), Roles.Learner, Roles.OrgAdmin),
            host.Tokens.ForClient("some-service", "user-service.credential-check"),
        })
        {
            using var client = _api.Client(token);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/api/instances", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync(
                new Uri("/api/instances/user-service/spare", UriKind.Relative), new { address = _spare.Address })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync(new Uri("/api/instances/user-service/user-service-0", UriKind.Relative))).StatusCode);
        }

        Assert.DoesNotContain(await _api.ListAsync(), i => i.InstanceId == "spare");
        Assert.Contains(await _api.ListAsync(), i => i.InstanceId == "user-service-0");
    }

    [Fact]
    public async Task A_supervisor_with_the_instances_scope_may_register_and_drain()
    {
        using var supervisor = _api.Client(host.Tokens.ForClient("self-healing-orchestrator", GatewayScopes.Instances));

        var put = await supervisor.PutAsJsonAsync(new Uri("/api/instances/user-service/spare", UriKind.Relative), new { address = _spare.Address });
        var list = await supervisor.GetAsync(new Uri("/api/instances", UriKind.Relative));
        var delete = await supervisor.DeleteAsync(new Uri("/api/instances/user-service/spare", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.DoesNotContain(await _api.ListAsync(), i => i.InstanceId == "spare");
    }
}
