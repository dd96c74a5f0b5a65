using System.Net;
using System.Text.Json;
using Azora.Contracts.UserService;

namespace Azora.SessionService.Tests;

[Collection(SessionServiceCollection.Name)]
public sealed class PasswordGrantTests(SessionServiceFixture fixture)
{
    [Fact]
    public async Task The_cli_gets_an_at_jwt_access_token_that_verifies_against_the_published_jwks()
    {
        var (account, tokens) = await fixture.SignInAsync("learner", "instructor");
        using var client = fixture.Client();
        var keys = await Jwks.FetchAsync(client);

        var token = tokens.AccessToken;
        Assert.Equal("at+jwt", Jwks.HeaderOf(token, "typ"));
        Assert.Equal("RS256", Jwks.HeaderOf(token, "alg"));
        var claims = Jwks.Verify(token, keys);
        Assert.Equal($"http://localhost:{fixture.Platform.PortOf("session-service")}/", claims.GetProperty("iss").GetString());
        Assert.Equal(account.Summary.Id.ToString(), claims.GetProperty("sub").GetString());
        Assert.Equal(account.Email, claims.GetProperty("email").GetString());
        Assert.Equal(account.Summary.DisplayName, claims.GetProperty("name").GetString());
        var audience = claims.GetProperty("aud");
        Assert.Equal("azora", audience.ValueKind == JsonValueKind.Array ? Assert.Single(audience.EnumerateArray()).GetString() : audience.GetString());
        Assert.Equal(["instructor", "learner"], claims.GetProperty("role").EnumerateArray().Select(r => r.GetString()).Order());
        Assert.Contains("offline_access", claims.GetProperty("scope").GetString()!.Split(' '));
        Assert.Equal("Bearer", tokens.Get("token_type"));
        Assert.InRange(int.Parse(tokens.Get("expires_in")!, System.Globalization.CultureInfo.InvariantCulture), 60, 900);
    }

    [Fact]
    public async Task A_token_from_the_password_grant_is_accepted_by_the_platform_jwt_validation()
    {
        var (_, tokens) = await fixture.SignInAsync();
        using var client = OAuth.Bearer(fixture.Address, tokens.AccessToken);

        var response = await client.GetAsync("api/sessions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Session_service_calls_user_service_with_its_own_client_credentials_token()
    {
        await fixture.SignInAsync();

        Assert.Contains(fixture.Users.AcceptedScopes, scope => scope.Split(' ').Contains(UserServiceScopes.CredentialCheck));
    }

    [Fact]
    public async Task The_password_grant_is_refused_to_any_client_but_the_cli()
    {
        var account = fixture.Users.Add("correct horse battery staple");
        using var client = fixture.Client();

        var web = await OAuth.PasswordAsync(client, account.Email, account.Password, clientId: OAuth.Web);
        var unknown = await OAuth.PasswordAsync(client, account.Email, account.Password, clientId: "somebody-else");

        Assert.Equal(HttpStatusCode.BadRequest, web.Status);
        Assert.Equal("unauthorized_client", web.Error);
        Assert.Equal("invalid_client", unknown.Error);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_invalid_grant_and_a_clear_description()
    {
        var account = fixture.Users.Add("correct horse battery staple");
        using var client = fixture.Client();

        var result = await OAuth.PasswordAsync(client, account.Email, "wrong password");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("invalid_grant", result.Error);
        Assert.Equal("The email or password is incorrect.", result.ErrorDescription);
    }

    [Fact]
    public async Task A_locked_out_account_is_told_until_when()
    {
        var until = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var account = fixture.Users.Add("pw-locked-out-1", refusal: CredentialCheckOutcome.LockedOut, lockedOutUntil: until);
        using var client = fixture.Client();

        var result = await OAuth.PasswordAsync(client, account.Email, account.Password);

        Assert.Equal("invalid_grant", result.Error);
        Assert.Contains("locked", result.ErrorDescription);
        Assert.Contains("2030-01-02 03:04:05 UTC", result.ErrorDescription);
    }

    [Fact]
    public async Task An_unverified_email_is_refused_with_its_reason()
    {
        var account = fixture.Users.Add("pw-unverified-1", refusal: CredentialCheckOutcome.EmailNotVerified);
        using var client = fixture.Client();

        var result = await OAuth.PasswordAsync(client, account.Email, account.Password);

        Assert.Equal("invalid_grant", result.Error);
        Assert.Equal("The email address of this account is not verified yet.", result.ErrorDescription);
    }

    [Fact]
    public async Task Two_factor_accounts_need_the_otp_parameter_and_the_right_code()
    {
        var account = fixture.Users.Add("pw-two-factor-1", twoFactorCode: "123456");
        using var client = fixture.Client();

        var missing = await OAuth.PasswordAsync(client, account.Email, account.Password);
        var wrong = await OAuth.PasswordAsync(client, account.Email, account.Password, otp: "654321");
        var right = await OAuth.PasswordAsync(client, account.Email, account.Password, otp: "123456");

        Assert.Equal("invalid_grant", missing.Error);
        Assert.Contains("two-factor code is required", missing.ErrorDescription);
        Assert.Contains("'otp'", missing.ErrorDescription);
        Assert.Equal("invalid_grant", wrong.Error);
        Assert.Equal("The two-factor code is incorrect.", wrong.ErrorDescription);
        Assert.Equal(HttpStatusCode.OK, right.Status);
    }

    [Fact]
    public async Task A_deactivated_account_can_no_longer_refresh()
    {
        var (account, tokens) = await fixture.SignInAsync();
        fixture.Users.Deactivate(account);
        using var client = fixture.Client();

        var refreshed = await OAuth.RefreshAsync(client, tokens.RefreshToken);

        Assert.Equal("invalid_grant", refreshed.Error);
        Assert.Equal("The account no longer exists or is deactivated.", refreshed.ErrorDescription);
    }
}
