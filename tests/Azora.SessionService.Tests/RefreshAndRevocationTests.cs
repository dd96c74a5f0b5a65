using System.Net;

namespace Azora.SessionService.Tests;

[Collection(SessionServiceCollection.Name)]
public sealed class RefreshAndRevocationTests(SessionServiceFixture fixture)
{
    [Fact]
    public async Task A_refresh_rotates_the_refresh_token()
    {
        var (_, tokens) = await fixture.SignInAsync();
        using var client = fixture.Client();

        var refreshed = await OAuth.RefreshAsync(client, tokens.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.NotEqual(tokens.RefreshToken, refreshed.RefreshToken);
        Assert.NotEqual(tokens.AccessToken, refreshed.AccessToken);
    }

    [Fact]
    public async Task Reusing_a_redeemed_refresh_token_revokes_the_whole_session()
    {
        var (_, tokens) = await fixture.SignInAsync();
        using var client = fixture.Client();
        var rotated = await OAuth.RefreshAsync(client, tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, rotated.Status);

        var replay = await OAuth.RefreshAsync(client, tokens.RefreshToken);
        var legitimate = await OAuth.RefreshAsync(client, rotated.RefreshToken);

        Assert.Equal("invalid_grant", replay.Error);
        Assert.Equal("invalid_grant", legitimate.Error);
        var introspected = await OAuth.IntrospectAsync(client, rotated.AccessToken, SessionServiceFixture.ResourceClient, fixture.ResourceSecret);
        Assert.Equal("False", introspected.Get("active"));
        using var api = OAuth.Bearer(fixture.Address, rotated.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("api/sessions")).StatusCode);
    }

    [Fact]
    public async Task Another_sign_in_of_the_same_person_survives_a_reuse_in_one_session()
    {
        var (account, first) = await fixture.SignInAsync();
        using var client = fixture.Client();
        var second = await OAuth.PasswordAsync(client, account.Email, account.Password);
        await OAuth.RefreshAsync(client, first.RefreshToken);

        await OAuth.RefreshAsync(client, first.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, (await OAuth.RefreshAsync(client, second.RefreshToken)).Status);
    }

    [Fact]
    public async Task A_revoked_refresh_token_can_no_longer_be_used()
    {
        var (_, tokens) = await fixture.SignInAsync();
        using var client = fixture.Client();

        var revoked = await OAuth.RevokeAsync(client, tokens.RefreshToken);
        var refreshed = await OAuth.RefreshAsync(client, tokens.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Equal("invalid_grant", refreshed.Error);
        var introspected = await OAuth.IntrospectAsync(client, tokens.RefreshToken, SessionServiceFixture.ResourceClient, fixture.ResourceSecret);
        Assert.Equal("False", introspected.Get("active"));
    }

    [Fact]
    public async Task A_revoked_access_token_is_reported_inactive_and_refused_by_session_service()
    {
        var (_, tokens) = await fixture.SignInAsync();
        using var client = fixture.Client();
        var before = await OAuth.IntrospectAsync(client, tokens.AccessToken, SessionServiceFixture.ResourceClient, fixture.ResourceSecret);

        var revoked = await OAuth.RevokeAsync(client, tokens.AccessToken);

        Assert.Equal("True", before.Get("active"));
        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        var after = await OAuth.IntrospectAsync(client, tokens.AccessToken, SessionServiceFixture.ResourceClient, fixture.ResourceSecret);
        Assert.Equal("False", after.Get("active"));
        using var api = OAuth.Bearer(fixture.Address, tokens.AccessToken);
        var refused = await api.GetAsync("api/sessions");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString());
    }
}
