using System.Net;
using Azora.Contracts.UserService;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.SessionService.Tests;

/// <summary>session-service and the real user-service in one host, talking over HTTP as they do when split.</summary>
public sealed class RealUserServiceTests : IAsyncLifetime
{
    private const string Password = "Correct-Horse-Battery-9!";
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await TestPlatform.StartAsync(["session-service", "user-service"]);

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    private async Task<AccountSummary> CreateAccountAsync(params string[] roles)
    {
        var provisioner = _platform.App.Services.GetRequiredService<IAccountProvisioner>();
        var created = await provisioner.CreateAsync($"real-{Guid.NewGuid():N}@example.test", Password, roles, CancellationToken.None);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        return created.Account!;
    }

    [Fact]
    public async Task A_provisioned_account_signs_in_with_the_cli_and_its_token_is_accepted_by_user_service()
    {
        var account = await CreateAccountAsync("learner");
        using var session = _platform.Client("session-service");

        var tokens = await OAuth.PasswordAsync(session, account.Email, Password);

        Assert.True(tokens.Status == HttpStatusCode.OK, tokens.Body.ToString());
        var claims = Jwks.Verify(tokens.AccessToken, await Jwks.FetchAsync(session));
        Assert.Equal(account.Id.ToString(), claims.GetProperty("sub").GetString());
        using var users = OAuth.Bearer(_platform.AddressOf("user-service"), tokens.AccessToken);
        var me = await users.GetAsync("api/accounts/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var refreshed = await OAuth.RefreshAsync(session, tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
    }

    [Fact]
    public async Task A_wrong_password_or_an_unknown_email_is_an_invalid_grant()
    {
        var account = await CreateAccountAsync("learner");
        using var session = _platform.Client("session-service");

        var wrong = await OAuth.PasswordAsync(session, account.Email, "Not-The-Password-1!");
        var unknown = await OAuth.PasswordAsync(session, "nobody@example.test", Password);
        var notAnEmail = await OAuth.PasswordAsync(session, "not an email", Password);

        Assert.Equal("invalid_grant", wrong.Error);
        Assert.Equal("The email or password is incorrect.", wrong.ErrorDescription);
        Assert.Equal("invalid_grant", unknown.Error);
        Assert.Equal("invalid_grant", notAnEmail.Error);
    }

    [Fact]
    public async Task The_oauth_endpoints_do_not_answer_on_another_services_port()
    {
        using var users = _platform.Client("user-service");

        var token = await OAuth.PostAsync(users, "connect/token", ("grant_type", "client_credentials"), ("client_id", "session-service"));
        var discovery = await users.GetAsync(".well-known/openid-configuration");

        // No endpoint there: the platform's deny-by-default answers (401 or 404), never OpenIddict.
        Assert.Contains(token.Status, new[] { HttpStatusCode.NotFound, HttpStatusCode.Unauthorized });
        Assert.Null(token.Error);
        Assert.Null(token.Get("access_token"));
        Assert.Contains(discovery.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Unauthorized });
        Assert.DoesNotContain("issuer", await discovery.Content.ReadAsStringAsync());
    }
}
