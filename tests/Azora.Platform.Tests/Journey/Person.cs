using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Azora.Platform.Tests.Journey;

/// <summary>What a person (or the CLI acting for one) does, every call through the gateway as an outside client would.</summary>
internal sealed partial class Person(HttpClient gateway)
{
    public const string CliClient = "azora-cli";

    public string Email { get; } = $"journey-{Guid.NewGuid():N}@example.test";
    public string Password { get; } = $"Journey-{Guid.NewGuid():N}";
    public Guid Id { get; private set; }

    public async Task SignUpAsync()
    {
        var created = await SendAsync(HttpMethod.Post, "/user-service/api/accounts", accessToken: null,
            new { email = Email, password = Password, displayName = "Lerato Dube" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task SignUpAndVerifyAsync()
    {
        await SignUpAsync();
        var mailbox = await gateway.GetFromJsonAsync<JsonElement>($"/user-service/api/dev/mailbox?to={Uri.EscapeDataString(Email)}");
        var body = mailbox.EnumerateArray().First().GetProperty("body").GetString()!;
        var token = Uri.UnescapeDataString(TokenInLink().Match(body).Groups["token"].Value);
        var verified = await SendAsync(HttpMethod.Post, "/user-service/api/accounts/verify-email", accessToken: null, new { email = Email, token });
        Assert.Equal(HttpStatusCode.NoContent, verified.StatusCode);
    }

    public Task<TokenResponse> SignInAsync(string? password = null, string? otp = null)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "password"), new("client_id", CliClient), new("username", Email),
            new("password", password ?? Password), new("scope", "openid offline_access"),
        };
        if (otp is not null)
        {
            form.Add(new("otp", otp));
        }
        return TokenAsync(form);
    }

    public Task<TokenResponse> RefreshAsync(string refreshToken) => TokenAsync(
    [
        new("grant_type", "refresh_token"), new("client_id", CliClient), new("refresh_token", refreshToken),
    ]);

    public async Task<HttpStatusCode> RevokeAsync(string token)
    {
        using var form = new FormUrlEncodedContent([new("client_id", CliClient), new("token", token)]);
        return (await gateway.PostAsync(new Uri("/session-service/connect/revoke", UriKind.Relative), form)).StatusCode;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accessToken, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return await gateway.SendAsync(request);
    }

    private async Task<TokenResponse> TokenAsync(IEnumerable<KeyValuePair<string, string>> form)
    {
        using var content = new FormUrlEncodedContent(form);
        var response = await gateway.PostAsync(new Uri("/session-service/connect/token", UriKind.Relative), content);
        return new TokenResponse(response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [GeneratedRegex(@"[?&]token=(?<token>[^&\s]+)")]
    private static partial Regex TokenInLink();
}

internal sealed record TokenResponse(HttpStatusCode Status, JsonElement Body)
{
    public string AccessToken => Body.GetProperty("access_token").GetString()!;
    public string RefreshToken => Body.GetProperty("refresh_token").GetString()!;
    public string? Error => Body.TryGetProperty("error", out var error) ? error.GetString() : null;
    public string? ErrorDescription => Body.TryGetProperty("error_description", out var text) ? text.GetString() : null;
}
