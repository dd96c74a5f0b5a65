using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Azora.Contracts.UserService;

namespace Azora.SessionService.Users;

/// <summary>
/// session-service's own access token for calling user-service, obtained with the client-credentials grant from itself
/// (client <c>session-service</c>) and reused until shortly before it expires.
/// </summary>
internal sealed class ServiceTokenSource(IHttpClientFactory clients, ServiceClientSecret secret, TimeProvider clock) : IDisposable
{
    public const string HttpClientName = "session-service-token";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } cached && clock.GetUtcNow() < cached.RenewAt)
        {
            return cached.Token;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && clock.GetUtcNow() < again.RenewAt)
            {
                return again.Token;
            }
            var response = await RequestAsync(cancellationToken);
            var lifetime = TimeSpan.FromSeconds(Math.Max(response.ExpiresIn, 60));
            _current = (response.AccessToken, clock.GetUtcNow() + lifetime - TimeSpan.FromSeconds(30));
            return response.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the cached token, e.g. after user-service refused it.</summary>
    public void Invalidate() => _current = null;

    private async Task<TokenResponse> RequestAsync(CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(HttpClientName);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ServiceClientSecret.ClientId,
            ["client_secret"] = secret.Value,
            ["scope"] = UserServiceScopes.CredentialCheck,
        });
        try
        {
            using var response = await http.PostAsync("connect/token", form, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new UserServiceUnavailableException($"session-service refused its own service token ({(int)response.StatusCode}).");
            }
            return await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new UserServiceUnavailableException("The token response was empty.");
        }
        catch (HttpRequestException error)
        {
            throw new UserServiceUnavailableException("session-service could not obtain its service token.", error);
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
