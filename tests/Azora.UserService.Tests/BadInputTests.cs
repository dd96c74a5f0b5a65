using System.Text;
using Azora.Contracts;
using Azora.Testing;

namespace Azora.UserService.Tests;

/// <summary>Every endpoint that takes input answers bad input with a 400 problem naming the field, never a 500.</summary>
[Collection(UserServiceCollection.Name)]
public sealed class BadInputTests(UserServiceFixture fixture)
{
    public enum Caller { Anonymous, Account, SessionService }

    private static readonly string Long = new('x', 1001);

    public static TheoryData<string, string, string, Caller, string> Cases => new()
    {
        // method, path, body, caller, field
        { "POST", "/api/accounts", """{"email":"a@example.test","password":""", Caller.Anonymous, "password" },
        { "POST", "/api/accounts", "{", Caller.Anonymous, "$" },
        { "POST", "/api/accounts", """{"email":5,"password":"Blue-Kettle-2026!","displayName":"T"}""", Caller.Anonymous, "email" },
        { "POST", "/api/accounts", """{"email":null,"password":"Blue-Kettle-2026!","displayName":"T"}""", Caller.Anonymous, "email" },
        { "POST", "/api/accounts", """{"email":"a@example.test","password":"Blue-Kettle-2026!"}""", Caller.Anonymous, "displayName" },
        { "POST", "/api/accounts", """{"email":"not-an-email","password":"Blue-Kettle-2026!","displayName":"T"}""", Caller.Anonymous, "email" },
        { "POST", "/api/accounts", $$"""{"email":"a@example.test","password":"Blue-Kettle-2026!","displayName":"{{Long}}"}""", Caller.Anonymous, "displayName" },
        { "POST", "/api/accounts", $$"""{"email":"{{Long}}@example.test","password":"Blue-Kettle-2026!","displayName":"T"}""", Caller.Anonymous, "email" },
        { "POST", "/api/accounts", $$"""{"email":"a@example.test","password":"{{Long}}","displayName":"T"}""", Caller.Anonymous, "password" },
        { "POST", "/api/accounts/verify-email", """{"email":"a@example.test"}""", Caller.Anonymous, "token" },
        { "POST", "/api/accounts/verify-email", $$"""{"email":"a@example.test","token":"{{Long}}"}""", Caller.Anonymous, "token" },
        { "POST", "/api/accounts/verify-email/resend", """{"email":["a@example.test"]}""", Caller.Anonymous, "email" },
        { "POST", "/api/internal/credential-checks", """{"email":"a@example.test"}""", Caller.SessionService, "password" },
        { "POST", "/api/internal/credential-checks", $$"""{"email":"a@example.test","password":"x","twoFactorCode":"{{Long}}"}""", Caller.SessionService, "twoFactorCode" },
        { "POST", "/api/internal/credential-checks", """{"email":"a@example.test","password":true}""", Caller.SessionService, "password" },
        { "POST", "/api/accounts/me/two-factor/enable", """{"code":"abcdef"}""", Caller.Account, "code" },
        { "POST", "/api/accounts/me/two-factor/enable", """{"code":123456}""", Caller.Account, "code" },
        { "POST", "/api/accounts/me/two-factor/disable", "{}", Caller.Account, "code" },
        { "PATCH", "/api/accounts/me", $$"""{"displayName":"{{Long}}"}""", Caller.Account, "displayName" },
        { "PATCH", "/api/accounts/me", """{"timeZone":{"id":"UTC"}}""", Caller.Account, "timeZone" },
        { "DELETE", "/api/accounts/me", "{}", Caller.Account, "password" },
        { "DELETE", "/api/accounts/me", "[", Caller.Account, "$" },
        { "GET", "/api/dev/mailbox", "", Caller.Anonymous, "to" },
        { "GET", "/api/dev/mailbox?to=not-an-email", "", Caller.Anonymous, "to" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_a_problem_naming_the_field(string method, string path, string body, Caller caller, string field)
    {
        using var client = await ClientAsync(caller);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        await Problems.AssertFieldErrorAsync(await client.SendAsync(request), field);
    }

    private async Task<HttpClient> ClientAsync(Caller caller)
    {
        switch (caller)
        {
            case Caller.Account:
                var (account, _) = await fixture.ProvisionAsync(Roles.Learner);
                return fixture.AsAccount(account.Id, Roles.Learner);
            case Caller.SessionService:
                return fixture.AsSessionService();
            default:
                return fixture.Anonymous();
        }
    }
}
