using System.Net;
using System.Net.Http.Json;
using Azora.Contracts.UserService;
using Azora.Testing;
using Azora.Testing.Postgres;

namespace Azora.UserService.Tests;

/// <summary>The same accounts on PostgreSQL, where user-service runs when the platform is split.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Accounts_register_verify_sign_in_and_lock_out_on_postgresql()
    {
        using var tokens = new TestTokens();
        await using var platform = await TestPlatform.StartAsync(
            [UserServiceFixture.ServiceId],
            new Dictionary<string, string?>
            {
                ["Azora:Database"] = "Postgres",
                ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync(),
                ["Azora:Issuer"] = TestTokens.Issuer,
            },
            configure: tokens.Trust);
        using var anonymous = platform.Client(UserServiceFixture.ServiceId);
        using var session = platform.Client(UserServiceFixture.ServiceId);
        session.DefaultRequestHeaders.Authorization = new("Bearer", tokens.ForClient("session-service", UserServiceScopes.CredentialCheck));

        var account = await Accounts.RegisterVerifiedAsync(anonymous);
        var duplicate = await anonymous.PostAsJsonAsync("/api/accounts",
            new { email = account.Email, password = UserServiceFixture.NewPassword(), displayName = "Twin" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        async Task<CredentialCheckOutcome> CheckAsync(string password)
        {
            var response = await session.PostAsJsonAsync("/api/internal/credential-checks", new CredentialCheckRequest(account.Email, password, null));
            return (await response.Content.ReadFromJsonAsync<CredentialCheckResult>())!.Outcome;
        }

        Assert.Equal(CredentialCheckOutcome.Succeeded, await CheckAsync(account.Password));
        for (var attempt = 1; attempt < 5; attempt++)
        {
            Assert.Equal(CredentialCheckOutcome.InvalidCredentials, await CheckAsync("Wrong-password-123"));
        }
        Assert.Equal(CredentialCheckOutcome.LockedOut, await CheckAsync("Wrong-password-123"));
        Assert.Equal(CredentialCheckOutcome.LockedOut, await CheckAsync(account.Password));
    }
}
