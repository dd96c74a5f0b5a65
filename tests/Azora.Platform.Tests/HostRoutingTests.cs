using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;

namespace Azora.Platform.Tests;

public sealed class HostRoutingTests : IAsyncLifetime
{
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await TestPlatform.StartAsync(["user-service", "session-service"]);

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Theory]
    [InlineData("user-service")]
    [InlineData("session-service")]
    public async Task Each_service_answers_its_own_health_on_its_own_port(string serviceId)
    {
        using var client = _platform.Client(serviceId);
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task A_service_publishes_only_its_own_openapi_document()
    {
        using var client = _platform.Client("user-service");
        var document = await client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/user-service.json", UriKind.Relative));
        Assert.Equal("user-service", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Session_services_token_endpoint_answers_on_its_own_port_only()
    {
        using var session = _platform.Client("session-service");
        using var users = _platform.Client("user-service");
        using var onItsPort = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" });
        using var onAnotherPort = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" });

        var own = await session.PostAsync(new Uri("/connect/token", UriKind.Relative), onItsPort);
        var other = await users.PostAsync(new Uri("/connect/token", UriKind.Relative), onAnotherPort);

        // The authorization server judges the request on its port, and is not there at all on another service's.
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("\"error\"", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task Unknown_paths_are_not_served_to_anonymous_callers()
    {
        using var client = _platform.Client("user-service");
        var response = await client.GetAsync(new Uri("/api/does-not-exist", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
