using System.Net;
using System.Net.Http.Json;
using Azora.Contracts.UserService;
using Azora.Testing;

namespace Azora.UserService.Tests;

[Collection(UserServiceCollection.Name)]
public sealed class DeletionTests(UserServiceFixture fixture)
{
    private static HttpRequestMessage Delete(string password) =>
        new(HttpMethod.Delete, "/api/accounts/me") { Content = JsonContent.Create(new { password }) };

    [Fact]
    public async Task The_owner_deletes_their_account_with_their_password_and_nothing_of_them_remains()
    {
        using var anonymous = fixture.Anonymous();
        var account = await Accounts.RegisterVerifiedAsync(anonymous);
        using var client = fixture.AsAccount(account.Id, "learner");

        await Problems.AssertFieldErrorAsync(await client.SendAsync(Delete("Not-my-password-1")), "password");
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Delete(account.Password))).StatusCode);

        await Problems.AssertProblemAsync(await client.GetAsync("/api/accounts/me"), HttpStatusCode.NotFound);
        Assert.Equal(CredentialCheckOutcome.InvalidCredentials, (await fixture.CheckAsync(account.Email, account.Password)).Outcome);
        using var session = fixture.AsSessionService();
        var summary = await session.GetFromJsonAsync<AccountSummary>($"/api/internal/accounts/{account.Id}");
        Assert.False(summary!.Active);
        Assert.Equal(string.Empty, summary.Email);
        Assert.Empty(summary.Roles);
        var mailbox = await anonymous.GetFromJsonAsync<List<object>>($"/api/dev/mailbox?to={Uri.EscapeDataString(account.Email)}");
        Assert.Empty(mailbox!);

        // The address is free again.
        await Accounts.RegisterAsync(anonymous, account.Email);
    }
}
