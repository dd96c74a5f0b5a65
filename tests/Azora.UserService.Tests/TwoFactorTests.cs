using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts.UserService;
using Azora.Testing;
using OtpNet;

namespace Azora.UserService.Tests;

[Collection(UserServiceCollection.Name)]
public sealed class TwoFactorTests(UserServiceFixture fixture)
{
    private static string CodeFor(string sharedKey, DateTime at) => new Totp(Base32Encoding.ToBytes(sharedKey)).ComputeTotp(at);

    private static string CurrentCode(string sharedKey) => CodeFor(sharedKey, DateTime.UtcNow);

    /// <summary>A six-digit code that is not the authenticator's for any moment near now.</summary>
    private static string WrongCode(string sharedKey)
    {
        var near = Enumerable.Range(-3, 7).Select(step => CodeFor(sharedKey, DateTime.UtcNow.AddSeconds(step * 30))).ToHashSet();
        return Enumerable.Range(0, 100).Select(n => n.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    private static async Task<string> SetUpAsync(HttpClient client)
    {
        var response = await client.PostAsync("/api/accounts/me/two-factor/setup", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var setup = await response.Content.ReadFromJsonAsync<JsonElement>();
        var key = setup.GetProperty("sharedKey").GetString()!;
        var uri = new Uri(setup.GetProperty("authenticatorUri").GetString()!);
        Assert.Equal("otpauth", uri.Scheme);
        Assert.Contains($"secret={key}", uri.Query, StringComparison.Ordinal);
        return key;
    }

    private static async Task<List<string>> EnableAsync(HttpClient client, string key)
    {
        var response = await client.PostAsJsonAsync("/api/accounts/me/two-factor/enable", new { code = CurrentCode(key) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!)];
    }

    [Fact]
    public async Task With_two_factor_on_a_sign_in_needs_a_current_code_or_a_recovery_code_once()
    {
        var (account, password) = await fixture.ProvisionAsync("learner");
        using var client = fixture.AsAccount(account.Id, "learner");
        var key = await SetUpAsync(client);

        var refused = await client.PostAsJsonAsync("/api/accounts/me/two-factor/enable", new { code = WrongCode(key) });
        await Problems.AssertFieldErrorAsync(refused, "code");
        var recoveryCodes = await EnableAsync(client, key);
        Assert.Equal(10, recoveryCodes.Distinct().Count());
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/accounts/me")).GetProperty("twoFactorEnabled").GetBoolean());

        Assert.Equal(CredentialCheckOutcome.TwoFactorRequired, (await fixture.CheckAsync(account.Email, password)).Outcome);
        Assert.Equal(CredentialCheckOutcome.InvalidTwoFactorCode, (await fixture.CheckAsync(account.Email, password, WrongCode(key))).Outcome);
        Assert.Equal(CredentialCheckOutcome.InvalidCredentials, (await fixture.CheckAsync(account.Email, "Wrong-password-123", CurrentCode(key))).Outcome);

        var withCode = await fixture.CheckAsync(account.Email, password, CurrentCode(key));
        Assert.Equal(CredentialCheckOutcome.Succeeded, withCode.Outcome);

        Assert.Equal(CredentialCheckOutcome.Succeeded, (await fixture.CheckAsync(account.Email, password, recoveryCodes[0])).Outcome);
        Assert.Equal(CredentialCheckOutcome.InvalidTwoFactorCode, (await fixture.CheckAsync(account.Email, password, recoveryCodes[0])).Outcome);
        Assert.Equal(CredentialCheckOutcome.Succeeded, (await fixture.CheckAsync(account.Email, password, recoveryCodes[1])).Outcome);
    }

    [Fact]
    public async Task Disabling_two_factor_needs_a_code_and_then_the_password_alone_suffices()
    {
        var (account, password) = await fixture.ProvisionAsync("learner");
        using var client = fixture.AsAccount(account.Id, "learner");
        var key = await SetUpAsync(client);
        await EnableAsync(client, key);

        var again = await client.PostAsync("/api/accounts/me/two-factor/setup", null);
        await Problems.AssertProblemAsync(again, HttpStatusCode.Conflict);
        await Problems.AssertFieldErrorAsync(
            await client.PostAsJsonAsync("/api/accounts/me/two-factor/disable", new { code = WrongCode(key) }), "code");

        var disabled = await client.PostAsJsonAsync("/api/accounts/me/two-factor/disable", new { code = CurrentCode(key) });
        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.Equal(CredentialCheckOutcome.Succeeded, (await fixture.CheckAsync(account.Email, password)).Outcome);
    }

    [Fact]
    public async Task Enabling_without_setting_up_an_authenticator_is_a_conflict()
    {
        var (account, _) = await fixture.ProvisionAsync("learner");
        using var client = fixture.AsAccount(account.Id, "learner");
        var response = await client.PostAsJsonAsync("/api/accounts/me/two-factor/enable", new { code = "123456" });
        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
    }
}
