using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Contracts.UserService;
using Azora.Testing;
using Azora.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Azora.Platform.Tests.Journey;

/// <summary>
/// The identity journey across user-service, session-service, audit-logging-service and the gateway hosted as
/// `azora run` hosts them: sign up, verify, sign in, call a protected endpoint, the rules around it, and the audit trail
/// it leaves. Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class IdentityJourney : IAsyncLifetime
{
    private TestPlatform _platform = null!;
    private HttpClient _gateway = null!;

    protected abstract Task<IDictionary<string, string?>> SettingsAsync();

    public async Task InitializeAsync()
    {
        _platform = await TestPlatform.StartAsync(["load-balancer", "session-service", "user-service", "audit-logging-service"], await SettingsAsync());
        _gateway = _platform.Gateway();
    }

    public async Task DisposeAsync()
    {
        _gateway.Dispose();
        await _platform.DisposeAsync();
    }

    private async Task<(Person Person, TokenResponse Tokens)> SignedInAsync()
    {
        var person = new Person(_gateway);
        await person.SignUpAndVerifyAsync();
        var tokens = await person.SignInAsync();
        Assert.True(tokens.Status == HttpStatusCode.OK, tokens.Body.ToString());
        return (person, tokens);
    }

    [Fact]
    public async Task A_new_person_signs_up_verifies_signs_in_and_reads_their_account_through_the_gateway()
    {
        var (person, tokens) = await SignedInAsync();

        var me = await person.SendAsync(HttpMethod.Get, "/user-service/api/accounts/me", tokens.AccessToken);
        var anonymous = await person.SendAsync(HttpMethod.Get, "/user-service/api/accounts/me", accessToken: null);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var account = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(person.Email, account.GetProperty("email").GetString());
        Assert.Equal(["learner"], account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Sign_ins_and_role_changes_reach_the_audit_log_which_only_admins_read()
    {
        var (learner, learnerTokens) = await SignedInAsync();
        await learner.SignInAsync(password: "Not-the-password-1!");
        var admin = new Person(_gateway);
        var created = await _platform.App.Services.GetRequiredService<IAccountProvisioner>()
            .CreateAsync(admin.Email, admin.Password, [Roles.PlatformAdmin], CancellationToken.None);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        var adminTokens = await admin.SignInAsync();
        var granted = await admin.SendAsync(HttpMethod.Put, $"/user-service/api/accounts/{learner.Id}/roles/instructor", adminTokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);

        var about = $"/audit-logging-service/api/log/entries/search?resourceType=account&resourceId={learner.Id}&limit=100";
        var actions = await PollAsync(async () =>
        {
            var page = await (await admin.SendAsync(HttpMethod.Get, about, adminTokens.AccessToken)).Content.ReadFromJsonAsync<JsonElement>();
            return page.GetProperty("items").EnumerateArray()
                .Select(e => $"{e.GetProperty("action").GetString()}:{e.GetProperty("outcome").GetString()}").ToList();
        }, found => found.Count >= 4);
        var forbidden = await learner.SendAsync(HttpMethod.Get, about, learnerTokens.AccessToken);

        Assert.Contains("account.registered:Succeeded", actions, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("account.sign-in:Succeeded", actions, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("account.sign-in:Failed", actions, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("account.roles-changed:Succeeded", actions, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    /// <summary>Events travel asynchronously: ask again until the condition holds or ten seconds pass.</summary>
    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task An_unverified_person_cannot_sign_in()
    {
        var person = new Person(_gateway);
        await person.SignUpAsync();

        var refused = await person.SignInAsync();

        Assert.Equal("invalid_grant", refused.Error);
    }

    [Fact]
    public async Task A_learner_may_not_grant_roles()
    {
        var (person, tokens) = await SignedInAsync();

        var grant = await person.SendAsync(HttpMethod.Put, $"/user-service/api/accounts/{person.Id}/roles/instructor", tokens.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, grant.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var person = new Person(_gateway);
        await person.SignUpAndVerifyAsync();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal("invalid_grant", (await person.SignInAsync(password: "Not-the-password-1!")).Error);
        }
        var locked = await person.SignInAsync();

        Assert.Equal("invalid_grant", locked.Error);
        Assert.Contains("locked", locked.ErrorDescription, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_two_factor_on_a_sign_in_needs_the_current_code()
    {
        var (person, tokens) = await SignedInAsync();
        var setup = await (await person.SendAsync(HttpMethod.Post, "/user-service/api/accounts/me/two-factor/setup", tokens.AccessToken))
            .Content.ReadFromJsonAsync<JsonElement>();
        var totp = new Totp(Base32Encoding.ToBytes(setup.GetProperty("sharedKey").GetString()!));
        var enabled = await person.SendAsync(HttpMethod.Post, "/user-service/api/accounts/me/two-factor/enable", tokens.AccessToken,
            new { code = totp.ComputeTotp(DateTime.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);

        var withoutCode = await person.SignInAsync();
        var withCode = await person.SignInAsync(otp: totp.ComputeTotp(DateTime.UtcNow));

        Assert.Equal("invalid_grant", withoutCode.Error);
        Assert.Equal(HttpStatusCode.OK, withCode.Status);
    }

    [Fact]
    public async Task A_refresh_token_rotates_and_reusing_an_old_one_revokes_the_whole_family()
    {
        var (person, first) = await SignedInAsync();

        var second = await person.RefreshAsync(first.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);

        var replayed = await person.RefreshAsync(first.RefreshToken);
        var afterReplay = await person.RefreshAsync(second.RefreshToken);

        Assert.Equal("invalid_grant", replayed.Error);
        Assert.Equal("invalid_grant", afterReplay.Error);
    }

    [Fact]
    public async Task A_revoked_refresh_token_is_refused()
    {
        var (person, tokens) = await SignedInAsync();

        Assert.Equal(HttpStatusCode.OK, await person.RevokeAsync(tokens.RefreshToken));
        var refreshed = await person.RefreshAsync(tokens.RefreshToken);

        Assert.Equal("invalid_grant", refreshed.Error);
    }

    [Fact]
    public async Task Signing_out_a_session_refuses_its_tokens()
    {
        var (person, tokens) = await SignedInAsync();
        var sessions = await (await person.SendAsync(HttpMethod.Get, "/session-service/api/sessions", tokens.AccessToken))
            .Content.ReadFromJsonAsync<JsonElement>();
        var items = sessions.ValueKind == JsonValueKind.Array ? sessions : sessions.GetProperty("items");
        var session = items.EnumerateArray().Single().GetProperty("id").GetString();

        var signedOut = await person.SendAsync(HttpMethod.Delete, $"/session-service/api/sessions/{session}", tokens.AccessToken);
        var afterwards = await person.SendAsync(HttpMethod.Get, "/session-service/api/sessions", tokens.AccessToken);

        Assert.True(signedOut.IsSuccessStatusCode, signedOut.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
        Assert.Equal("invalid_grant", (await person.RefreshAsync(tokens.RefreshToken)).Error);
    }
}

public sealed class SqliteIdentityJourneyTests : IdentityJourney
{
    protected override Task<IDictionary<string, string?>> SettingsAsync() =>
        Task.FromResult<IDictionary<string, string?>>(new Dictionary<string, string?>());
}

[Collection(PostgresFixture.Collection)]
public sealed class PostgresIdentityJourneyTests(PostgresFixture postgres) : IdentityJourney
{
    protected override async Task<IDictionary<string, string?>> SettingsAsync() => new Dictionary<string, string?>
    {
        ["Azora:Database"] = "Postgres",
        ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync("journey"),
    };
}
