using System.Net;

namespace Azora.SessionService.Tests;

[Collection(SessionServiceCollection.Name)]
public sealed class AuthorizationCodeFlowTests(SessionServiceFixture fixture)
{
    [Fact]
    public async Task The_portal_signs_in_through_the_page_and_redeems_the_code_with_its_verifier()
    {
        var account = fixture.Users.Add("code-flow-password", ["employer"]);
        var (verifier, challenge) = OAuth.Pkce();
        using var browser = new Browser(fixture.Address);

        var redirect = await browser.SignInAndAuthorizeAsync(challenge, account.Email, account.Password);

        Assert.StartsWith(Browser.RedirectUri, redirect.GetLeftPart(UriPartial.Path));
        Assert.Equal("state-123", Browser.QueryValue(redirect, "state"));
        using var client = fixture.Client();
        var tokens = await OAuth.PostAsync(client, "connect/token",
            ("grant_type", "authorization_code"), ("client_id", OAuth.Web), ("redirect_uri", Browser.RedirectUri),
            ("code", Browser.QueryValue(redirect, "code")), ("code_verifier", verifier));
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        var claims = Jwks.Verify(tokens.AccessToken, await Jwks.FetchAsync(client));
        Assert.Equal(account.Summary.Id.ToString(), claims.GetProperty("sub").GetString());
        Assert.Equal("employer", claims.GetProperty("role").ToString().Trim('[', ']', '"'));
        Assert.NotNull(tokens.Get("id_token"));
        Assert.NotNull(tokens.Get("refresh_token"));
    }

    [Fact]
    public async Task A_wrong_or_missing_code_verifier_is_refused()
    {
        var account = fixture.Users.Add("code-flow-password");
        var (_, challenge) = OAuth.Pkce();
        using var browser = new Browser(fixture.Address);
        var redirect = await browser.SignInAndAuthorizeAsync(challenge, account.Email, account.Password);
        using var client = fixture.Client();

        var wrong = await OAuth.PostAsync(client, "connect/token",
            ("grant_type", "authorization_code"), ("client_id", OAuth.Web), ("redirect_uri", Browser.RedirectUri),
            ("code", Browser.QueryValue(redirect, "code")), ("code_verifier", OAuth.Pkce().Verifier));
        var missing = await OAuth.PostAsync(client, "connect/token",
            ("grant_type", "authorization_code"), ("client_id", OAuth.Web), ("redirect_uri", Browser.RedirectUri),
            ("code", Browser.QueryValue(redirect, "code")));

        Assert.Equal("invalid_grant", wrong.Error);
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.NotNull(missing.Error);
    }

    [Fact]
    public async Task The_plain_challenge_method_and_a_missing_challenge_are_refused()
    {
        using var browser = new Browser(fixture.Address);
        var (verifier, _) = OAuth.Pkce();

        var plain = await browser.GetAsync(Browser.AuthorizeUrl(verifier, method: "plain"));
        var none = await browser.GetAsync(Browser.AuthorizeUrl(verifier).Replace("&code_challenge=" + verifier, string.Empty, StringComparison.Ordinal)
            .Replace("&code_challenge_method=S256", string.Empty, StringComparison.Ordinal));

        foreach (var response in new[] { plain, none })
        {
            // OpenIddict refuses before the redirect URI is used: an error redirect to the client, or an error page.
            var location = response.Headers.Location;
            if (location is not null)
            {
                Assert.Equal("invalid_request", Browser.QueryValue(location, "error"));
                Assert.Throws<InvalidOperationException>(() => Browser.QueryValue(location, "code"));
            }
            else
            {
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task Wrong_credentials_on_the_sign_in_page_show_the_reason_and_set_no_cookie()
    {
        var account = fixture.Users.Add("code-flow-password");
        var (_, challenge) = OAuth.Pkce();
        using var browser = new Browser(fixture.Address);
        var first = await browser.GetAsync(Browser.AuthorizeUrl(challenge));
        var html = await (await browser.GetAsync(first.Headers.Location!.PathAndQuery)).Content.ReadAsStringAsync();

        var posted = await browser.PostFormAsync("account/signin", Browser.FormOf(html, account.Email, "not the password", null));

        Assert.Equal(HttpStatusCode.Unauthorized, posted.StatusCode);
        var page = await posted.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", page);
        Assert.Contains("The email or password is incorrect.", page);
        Assert.Contains("<label for=\"password\">", page);
        var again = await browser.GetAsync(Browser.AuthorizeUrl(challenge));
        Assert.Equal("/account/signin", again.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task The_sign_in_page_cannot_be_framed_or_cached()
    {
        var (_, challenge) = OAuth.Pkce();
        using var browser = new Browser(fixture.Address);
        var first = await browser.GetAsync(Browser.AuthorizeUrl(challenge));

        var page = await browser.GetAsync(first.Headers.Location!.PathAndQuery);

        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_sign_in_page_only_returns_to_this_servers_authorize_endpoint()
    {
        using var browser = new Browser(fixture.Address);

        var offsite = await browser.GetAsync("account/signin?returnUrl=" + Uri.EscapeDataString("https://evil.example/connect/authorize"));
        var protocolRelative = await browser.GetAsync("account/signin?returnUrl=" + Uri.EscapeDataString("//evil.example/connect/authorize?x"));

        Assert.Equal(HttpStatusCode.BadRequest, offsite.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, protocolRelative.StatusCode);
        Assert.Contains("returnUrl", await offsite.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        var account = fixture.Users.Add("code-flow-password");
        using var browser = new Browser(fixture.Address);

        var posted = await browser.PostFormAsync("account/signin",
        [
            KeyValuePair.Create("email", account.Email), KeyValuePair.Create("password", account.Password),
            KeyValuePair.Create("returnUrl", "/connect/authorize?client_id=azora-web"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("application/problem+json", posted.Content.Headers.ContentType?.MediaType);
    }
}
