using System.Net;
using System.Net.Http.Json;
using Azora.Contracts;
using Azora.Contracts.UserService;
using Azora.Testing;

namespace Azora.UserService.Tests;

[Collection(UserServiceCollection.Name)]
public sealed class CredentialCheckTests(UserServiceFixture fixture)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        var (account, password) = await fixture.ProvisionAsync(Roles.Learner);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(CredentialCheckOutcome.InvalidCredentials, (await fixture.CheckAsync(account.Email, "Wrong-password-123")).Outcome);
        }
        var fifth = await fixture.CheckAsync(account.Email, "Wrong-password-123");
        Assert.Equal(CredentialCheckOutcome.LockedOut, fifth.Outcome);
        Assert.Equal(fixture.Clock.GetUtcNow().AddMinutes(15), fifth.LockedOutUntil!.Value, TimeSpan.FromSeconds(1));

        var rightButLocked = await fixture.CheckAsync(account.Email, password);
        Assert.Equal(CredentialCheckOutcome.LockedOut, rightButLocked.Outcome);
        Assert.Null(rightButLocked.Account);

        fixture.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(CredentialCheckOutcome.LockedOut, (await fixture.CheckAsync(account.Email, password)).Outcome);
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        var unlocked = await fixture.CheckAsync(account.Email, password);
        Assert.Equal(CredentialCheckOutcome.Succeeded, unlocked.Outcome);
        Assert.Equal(account.Id, unlocked.Account!.Id);
    }

    [Fact]
    public async Task A_good_sign_in_resets_the_count_of_failures()
    {
        var (account, password) = await fixture.ProvisionAsync(Roles.Learner);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await fixture.CheckAsync(account.Email, "Wrong-password-123");
        }
        Assert.Equal(CredentialCheckOutcome.Succeeded, (await fixture.CheckAsync(account.Email, password)).Outcome);
        Assert.Equal(CredentialCheckOutcome.InvalidCredentials, (await fixture.CheckAsync(account.Email, "Wrong-password-123")).Outcome);
    }

    [Fact]
    public async Task An_unknown_email_is_just_invalid_credentials()
    {
        var result = await fixture.CheckAsync(UserServiceFixture.NewEmail(), UserServiceFixture.NewPassword());
        Assert.Equal(CredentialCheckOutcome.InvalidCredentials, result.Outcome);
        Assert.Null(result.Account);
    }

    [Fact]
    public async Task A_token_without_the_credentials_scope_is_forbidden()
    {
        var (account, password) = await fixture.ProvisionAsync(Roles.Learner);
        using var other = fixture.As(fixture.Tokens.ForClient("azora-lms", "azora-lms.read"));
        using var learner = fixture.AsAccount(account.Id, Roles.PlatformAdmin);
        using var anonymous = fixture.Anonymous();
        var request = new CredentialCheckRequest(account.Email, password, null);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/internal/credential-checks", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync("/api/internal/credential-checks", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/internal/credential-checks", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/internal/accounts/{account.Id}")).StatusCode);
    }

    [Fact]
    public async Task Session_service_reads_an_account_summary_by_id()
    {
        var (account, _) = await fixture.ProvisionAsync(Roles.Learner, Roles.Instructor);
        using var client = fixture.AsSessionService();

        var summary = await client.GetFromJsonAsync<AccountSummary>($"/api/internal/accounts/{account.Id}");
        Assert.Equal(account.Email, summary!.Email);
        Assert.Equal([Roles.Instructor, Roles.Learner], summary.Roles);
        Assert.True(summary.Active);
        Assert.True(summary.EmailVerified);

        await Problems.AssertProblemAsync(await client.GetAsync($"/api/internal/accounts/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
    }
}
