using System.Net;
using Azora.ServiceDefaults.Catalog;
using Azora.Testing;

namespace Azora.Web.Tests;

/// <summary>The portal with the services its public pages and sign-in need, started once for the class.</summary>
public sealed class PortalHost : IAsyncLifetime
{
    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Platform = await TestPlatform.StartAsync(["azora-web", ServiceCatalog.GatewayId, "azora-education", "health-monitor", ServiceCatalog.SessionServiceId, ServiceCatalog.UserServiceId]);

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}

/// <summary>azora-web hosted by the real host: its pages answer on its own port only, and a page for a role asks a visitor to sign in.</summary>
public sealed class PortalHostingTests(PortalHost host) : IClassFixture<PortalHost>
{
    private readonly TestPlatform _platform = host.Platform;

    [Fact]
    public async Task The_home_page_is_served_on_the_portals_port_with_its_stylesheet()
    {
        using var portal = _platform.Client("azora-web");

        var home = await portal.GetAsync("/");
        var html = await home.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("<h1>Learn, prove it, earn</h1>", html, StringComparison.Ordinal);
        Assert.Contains("/assets/site.css", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await portal.GetAsync("/assets/site.css")).StatusCode);
    }

    [Fact]
    public async Task Portal_pages_do_not_answer_on_another_services_port()
    {
        using var education = _platform.Client("azora-education");

        var response = await education.GetAsync("/catalog");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<h1>Courses</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blazors_script_and_the_islands_hub_answer_on_the_portals_port_only()
    {
        using var portal = _platform.Client("azora-web");
        using var education = _platform.Client("azora-education");

        var script = await portal.GetAsync("/_framework/blazor.web.js");
        var negotiate = await portal.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        Assert.Contains("connectionToken", await negotiate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Another service's port knows neither: its deny-by-default answer, never the script.
        Assert.NotEqual(HttpStatusCode.OK, (await education.GetAsync("/_framework/blazor.web.js")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await education.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode);
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/wallet")]
    [InlineData("/operator")]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in_first(string path)
    {
        using var portal = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _platform.AddressOf("azora-web") };

        var response = await portal.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        using var portal = _platform.Client("azora-web");
        using var form = new FormUrlEncodedContent([new("_handler", "enrol")]);

        var response = await portal.PostAsync("/catalog", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This form has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
