using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Bench.Harness;

/// <summary>A signed-in person calling the platform through the gateway, to set up what a load run needs.</summary>
public sealed class BenchClient(HttpClient gateway, string token, Guid accountId)
{
    public static string GatewayAddress => BenchPorts.GatewayAddress;

    public string Token { get; } = token;
    public Guid AccountId { get; } = accountId;

    public static async Task<BenchClient> SignInAsync(HttpClient gateway, string email, string password)
    {
        using var session = new HttpClient { BaseAddress = new Uri(BenchPorts.SessionServiceAddress) };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "azora-cli",
            ["username"] = email,
            ["password"] = password,
            ["scope"] = "openid offline_access",
        });
        using var response = await session.PostAsync("connect/token", form);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {body}");
        }
        var token = body.GetProperty("access_token").GetString()!;
        var client = new BenchClient(gateway, token, Guid.Empty);
        var me = await client.GetAsync("/user-service/api/accounts/me");
        return new BenchClient(gateway, token, me.GetProperty("id").GetGuid());
    }

    public Task<JsonElement> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<JsonElement> PostAsync(string path, object? body) => SendAsync(HttpMethod.Post, path, body);

    public Task<JsonElement> PutAsync(string path, object? body) => SendAsync(HttpMethod.Put, path, body);

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        using var response = await gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
