using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Azora.UserService.Tests;

/// <summary>Registration as a person does it: sign up, read the mail, verify.</summary>
internal static partial class Accounts
{
    public static async Task<(Guid Id, string Email, string Password)> RegisterAsync(HttpClient client, string? email = null)
    {
        email ??= UserServiceFixture.NewEmail();
        var password = UserServiceFixture.NewPassword();
        var response = await client.PostAsJsonAsync("/api/accounts", new { email, password, displayName = "Thandi Mokoena" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var account = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (account.GetProperty("id").GetGuid(), email, password);
    }

    public static async Task<string> VerificationTokenAsync(HttpClient client, string email)
    {
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/dev/mailbox?to={Uri.EscapeDataString(email)}");
        var latest = messages.EnumerateArray().First();
        var match = TokenInBody().Match(latest.GetProperty("body").GetString()!);
        Assert.True(match.Success, "The verification message carries a token link.");
        return Uri.UnescapeDataString(match.Groups["token"].Value);
    }

    public static async Task<(Guid Id, string Email, string Password)> RegisterVerifiedAsync(HttpClient client)
    {
        var account = await RegisterAsync(client);
        var token = await VerificationTokenAsync(client, account.Email);
        var verified = await client.PostAsJsonAsync("/api/accounts/verify-email", new { email = account.Email, token });
        Assert.Equal(HttpStatusCode.NoContent, verified.StatusCode);
        return account;
    }

    [GeneratedRegex(@"[?&]token=(?<token>[^&\s]+)")]
    private static partial Regex TokenInBody();
}
