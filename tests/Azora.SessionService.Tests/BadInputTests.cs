using System.Net;
using System.Text;

namespace Azora.SessionService.Tests;

/// <summary>Malformed or hostile requests get an OAuth error or a 4xx problem, never a 500.</summary>
[Collection(SessionServiceCollection.Name)]
public sealed class BadInputTests(SessionServiceFixture fixture)
{
    [Fact]
    public async Task A_token_request_with_get_or_json_or_no_grant_type_is_an_invalid_request()
    {
        using var client = fixture.Client();

        var get = await client.GetAsync("connect/token?grant_type=password");
        var json = await client.PostAsync("connect/token", new StringContent("{\"grant_type\":\"password\"}", Encoding.UTF8, "application/json"));
        var noGrant = await OAuth.PostAsync(client, "connect/token", ("client_id", OAuth.Cli));

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Contains("invalid_request", await get.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("invalid_request", await json.Content.ReadAsStringAsync());
        Assert.Equal("invalid_request", noGrant.Error);
    }

    [Fact]
    public async Task An_unknown_grant_type_is_unsupported()
    {
        using var client = fixture.Client();

        var result = await OAuth.PostAsync(client, "connect/token", ("grant_type", "urn:example:magic"), ("client_id", OAuth.Cli));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("unsupported_grant_type", result.Error);
    }

    [Fact]
    public async Task Oversized_credentials_are_refused_before_they_reach_user_service()
    {
        using var client = fixture.Client();

        var result = await OAuth.PasswordAsync(client, new string('a', 5000) + "@example.test", "password");
        var longCode = await OAuth.PasswordAsync(client, "someone@example.test", "password", otp: new string('1', 100));

        Assert.Equal("invalid_request", result.Error);
        Assert.Contains("at most", result.ErrorDescription);
        Assert.Equal("invalid_request", longCode.Error);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_a_problem()
    {
        using var client = fixture.Client();
        using var content = new StringContent("grant_type=password&username=" + new string('x', 2 * 1024 * 1024), Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await client.PostAsync("connect/token", content);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task A_garbled_form_is_refused_without_a_server_error()
    {
        using var client = fixture.Client();
        using var content = new StringContent("%%%&&==grant_type=%zz&&&=", Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await client.PostAsync("connect/token", content);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Introspection_and_revocation_without_a_token_are_invalid_requests()
    {
        using var client = fixture.Client();

        var introspect = await OAuth.PostAsync(client, "connect/introspect",
            ("client_id", SessionServiceFixture.ResourceClient), ("client_secret", fixture.ResourceSecret));
        var revoke = await OAuth.PostAsync(client, "connect/revoke", ("client_id", OAuth.Cli));

        Assert.Equal("invalid_request", introspect.Error);
        Assert.Equal("invalid_request", revoke.Error);
    }

    [Fact]
    public async Task An_authorize_request_for_an_unknown_client_or_redirect_uri_is_refused_without_redirecting()
    {
        using var browser = new Browser(fixture.Address);
        var (_, challenge) = OAuth.Pkce();

        var unknownClient = await browser.GetAsync(Browser.AuthorizeUrl(challenge).Replace("client_id=azora-web", "client_id=evil", StringComparison.Ordinal));
        var foreignRedirect = await browser.GetAsync(Browser.AuthorizeUrl(challenge)
            .Replace(Uri.EscapeDataString(Browser.RedirectUri), Uri.EscapeDataString("https://evil.example/cb"), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, unknownClient.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreignRedirect.StatusCode);
        Assert.Null(foreignRedirect.Headers.Location);
    }

    [Fact]
    public async Task A_session_id_that_is_too_long_or_unknown_is_not_found()
    {
        var (_, tokens) = await fixture.SignInAsync();
        using var api = OAuth.Bearer(fixture.Address, tokens.AccessToken);

        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync("api/sessions/" + new string('a', 300))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"api/sessions/{Guid.NewGuid()}")).StatusCode);
    }
}
