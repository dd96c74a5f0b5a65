using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Seeding;

/// <summary>A refused API call during seeding, with the problem document's words.</summary>
public sealed class SeedException(string message) : Exception(message);

/// <summary>
/// One person calling the platform's APIs through the gateway with their access token, as any HTTP client would.
/// Every failure becomes a <see cref="SeedException"/> quoting the problem details.
/// </summary>
public sealed class ApiCaller(HttpClient gateway, string accessToken, Guid accountId)
{
    public Guid AccountId { get; } = accountId;

    public Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<JsonElement> PostAsync(string path, object? body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, cancellationToken);

    public Task<JsonElement> PutAsync(string path, object? body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, path, body, cancellationToken);

    /// <summary>Like <see cref="GetAsync"/>, but a 404 is an answer (<c>null</c>) rather than a failure.</summary>
    public async Task<JsonElement?> FindAsync(string path, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, path, null);
        using var response = await gateway.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync(request, response, cancellationToken);
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = Request(method, path, body);
        using var response = await gateway.SendAsync(request, cancellationToken);
        return await ReadAsync(request, response, cancellationToken);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return request;
    }

    private static async Task<JsonElement> ReadAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new SeedException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {text}");
        }
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
