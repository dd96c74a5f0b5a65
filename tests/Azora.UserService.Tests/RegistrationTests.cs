using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts.UserService;
using Azora.Testing;

namespace Azora.UserService.Tests;

[Collection(UserServiceCollection.Name)]
public sealed class RegistrationTests(UserServiceFixture fixture)
{
    [Fact]
    public async Task A_new_account_is_a_learner_whose_email_is_verified_from_the_mailed_link()
    {
        using var client = fixture.Anonymous();
        var email = UserServiceFixture.NewEmail();
        var response = await client.PostAsJsonAsync("/api/accounts", new { email, password = "Blue-Kettle-2026!", displayName = "Thandi" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("password", body, StringComparison.OrdinalIgnoreCase);
        var account = JsonDocument.Parse(body).RootElement;
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal(["learner"], account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(account.GetProperty("emailVerified").GetBoolean());

        var unverified = await fixture.CheckAsync(email, "Blue-Kettle-2026!");
        Assert.Equal(CredentialCheckOutcome.EmailNotVerified, unverified.Outcome);

        var token = await Accounts.VerificationTokenAsync(client, email);
        var verified = await client.PostAsJsonAsync("/api/accounts/verify-email", new { email, token });
        Assert.Equal(HttpStatusCode.NoContent, verified.StatusCode);

        var check = await fixture.CheckAsync(email, "Blue-Kettle-2026!");
        Assert.Equal(CredentialCheckOutcome.Succeeded, check.Outcome);
        Assert.True(check.Account!.EmailVerified);
        Assert.Equal(account.GetProperty("id").GetGuid(), check.Account.Id);
    }

    [Fact]
    public async Task A_verification_token_works_once_and_a_wrong_one_never()
    {
        using var client = fixture.Anonymous();
        var account = await Accounts.RegisterAsync(client);
        var token = await Accounts.VerificationTokenAsync(client, account.Email);

        var wrong = await client.PostAsJsonAsync("/api/accounts/verify-email", new { email = account.Email, token = token + "x" });
        await Problems.AssertFieldErrorAsync(wrong, "token");
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/accounts/verify-email", new { email = account.Email, token })).StatusCode);
        var again = await client.PostAsJsonAsync("/api/accounts/verify-email", new { email = account.Email, token });
        await Problems.AssertFieldErrorAsync(again, "token");
    }

    [Fact]
    public async Task A_resent_verification_replaces_the_previous_token()
    {
        using var client = fixture.Anonymous();
        var account = await Accounts.RegisterAsync(client);
        var first = await Accounts.VerificationTokenAsync(client, account.Email);
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));

        var resent = await client.PostAsJsonAsync("/api/accounts/verify-email/resend", new { email = account.Email });
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        var second = await Accounts.VerificationTokenAsync(client, account.Email);
        Assert.NotEqual(first, second);

        await Problems.AssertFieldErrorAsync(
            await client.PostAsJsonAsync("/api/accounts/verify-email", new { email = account.Email, token = first }), "token");
        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PostAsJsonAsync("/api/accounts/verify-email", new { email = account.Email, token = second })).StatusCode);
    }

    [Fact]
    public async Task Resending_to_an_unknown_address_looks_the_same_and_sends_nothing()
    {
        using var client = fixture.Anonymous();
        var email = UserServiceFixture.NewEmail();
        var resent = await client.PostAsJsonAsync("/api/accounts/verify-email/resend", new { email });
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/dev/mailbox?to={Uri.EscapeDataString(email)}");
        Assert.Equal(0, messages.GetArrayLength());
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_a_conflict()
    {
        using var client = fixture.Anonymous();
        var account = await Accounts.RegisterAsync(client);
        var again = await client.PostAsJsonAsync("/api/accounts",
            new { email = account.Email.ToUpperInvariant(), password = UserServiceFixture.NewPassword(), displayName = "Someone else" });
        await Problems.AssertProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("Short-1!")]
    [InlineData("onlylowercaseletters")]
    [InlineData("aaaaaaaaaaaa1")]
    public async Task A_weak_password_is_refused_naming_the_password(string password)
    {
        using var client = fixture.Anonymous();
        var response = await client.PostAsJsonAsync("/api/accounts", new { email = UserServiceFixture.NewEmail(), password, displayName = "Thandi" });
        await Problems.AssertFieldErrorAsync(response, "password");
    }

    [Fact]
    public async Task The_email_address_cannot_be_the_password()
    {
        using var client = fixture.Anonymous();
        var email = $"thandi.{Guid.NewGuid():N}"[..16] + "@example.test";
        var response = await client.PostAsJsonAsync("/api/accounts", new { email, password = email.ToUpperInvariant() + "1", displayName = "Thandi" });
        await Problems.AssertFieldErrorAsync(response, "password");
    }
}
