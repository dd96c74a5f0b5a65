namespace Azora.SessionService.Tests;

[Collection(SessionServiceCollection.Name)]
public sealed class EndSessionTests(SessionServiceFixture fixture)
{
    [Fact]
    public async Task Ending_the_session_forgets_the_sign_in_and_returns_to_the_registered_post_logout_uri()
    {
        var account = fixture.Users.Add("end-session-password");
        var (_, challenge) = OAuth.Pkce();
        using var browser = new Browser(fixture.Address);
        await browser.SignInAndAuthorizeAsync(challenge, account.Email, account.Password);

        var ended = await browser.GetAsync("connect/endsession?client_id=azora-web&post_logout_redirect_uri="
            + Uri.EscapeDataString("http://localhost:3000/signout-callback-oidc") + "&state=bye");
        var foreign = await browser.GetAsync("connect/endsession?client_id=azora-web&post_logout_redirect_uri="
            + Uri.EscapeDataString("https://evil.example/"));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("http://localhost:3000/signout-callback-oidc", ended.Headers.Location!.ToString());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, foreign.StatusCode);
        var again = await browser.GetAsync(Browser.AuthorizeUrl(challenge));
        Assert.Equal("/account/signin", again.Headers.Location!.AbsolutePath);
    }
}
