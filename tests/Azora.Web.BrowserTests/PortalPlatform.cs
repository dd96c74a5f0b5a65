using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Seeding;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Azora.Contracts.UserService;

namespace Azora.Web.BrowserTests;

/// <summary>
/// The whole platform as `azora run` hosts it, with session-service told the portal's real redirect addresses, and
/// Debian's Chromium driven by Playwright. Shared by the browser tests of one collection.
/// </summary>
public sealed class PortalPlatform : IAsyncLifetime
{
    public const string Collection = "portal";
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright _playwright = null!;

    public TestPlatform Platform { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The portal as a browser reaches it: on localhost, the host name session-service redirects back to.</summary>
    public string PortalAddress => $"http://localhost:{Platform.PortOf("azora-web")}";

    public async Task InitializeAsync()
    {
        Platform = await TestPlatform.StartAsync(
            settings: new Dictionary<string, string?> { ["Azora:Gateway:RateLimit:PermitLimit"] = "100000" },
            configure: builder =>
            {
                var port = builder.Configuration["Azora:Ports:azora-web"];
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Azora:Clients:azora-web:RedirectUris"] = $"http://localhost:{port}/signin-oidc",
                    ["Azora:Clients:azora-web:PostLogoutRedirectUris"] = $"http://localhost:{port}/signout-callback-oidc",
                });
            });
        await Platform.WaitUntilRoutedAsync();
        Gateway = Platform.Gateway();
        // The whole platform runs in this process on a shared machine: a page may take longer than Playwright's 5 s to arrive.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        Gateway.Dispose();
        await Platform.DisposeAsync();
    }

    /// <summary>A fresh browser profile (no cookies) with a phone-sized or desktop window.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
            BaseURL = PortalAddress,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        // The browser's console and failed requests are kept with the screenshots, to read when a journey fails.
        page.Console += (_, message) => BrowserLog.Write($"{page.Url} console {message.Type}: {message.Text}");
        page.RequestFailed += (_, request) => BrowserLog.Write($"{page.Url} request failed: {request.Method} {request.Url} {request.Failure}");
        return page;
    }

    /// <summary>An account created directly with the given roles, signed in for API calls (the CLI's password grant).</summary>
    public async Task<Member> ProvisionAsync(params string[] roles)
    {
        var email = $"browser-{Guid.NewGuid():N}@example.test";
        var password = $"Browser-{Guid.NewGuid():N}";
        await using (var scope = Platform.App.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<IAccountProvisioner>().CreateAsync(email, password, roles, CancellationToken.None);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        }
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "password"), new("client_id", "azora-cli"), new("username", email), new("password", password), new("scope", "openid offline_access"),
        ]);
        var response = await Gateway.PostAsync(new Uri("/session-service/connect/token", UriKind.Relative), form);
        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, tokens.ToString());
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var me = await new ApiCaller(Gateway, accessToken, Guid.Empty).GetAsync("/user-service/api/accounts/me", default);
        return new Member(email, password, new ApiCaller(Gateway, accessToken, me.GetProperty("id").GetGuid()));
    }

    /// <summary>The newest message the development mailbox holds for an address.</summary>
    public async Task<string> LatestMailAsync(string email)
    {
        var mailbox = await Gateway.GetFromJsonAsync<JsonElement>($"/user-service/api/dev/mailbox?to={Uri.EscapeDataString(email)}");
        return mailbox.EnumerateArray().Last().GetProperty("body").GetString()!;
    }
}

public sealed record Member(string Email, string Password, ApiCaller Api)
{
    public Guid AccountId => Api.AccountId;
}

[CollectionDefinition(PortalPlatform.Collection)]
public sealed class PortalCollection : ICollectionFixture<PortalPlatform>;
