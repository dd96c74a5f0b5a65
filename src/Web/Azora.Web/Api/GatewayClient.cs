using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Web.Security;

namespace Azora.Web.Api;

/// <summary>
/// Calls Azora's APIs through the gateway (<c>/&lt;service-id&gt;/api/...</c>) as the signed-in person, with the access token
/// their portal cookie carries; anonymous for public reads. Every refusal comes back as an <see cref="ApiProblem"/>.
/// </summary>
public sealed class GatewayClient(HttpClient http, PortalAccessToken accessToken)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, body: null, accept: null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, accept: null, cancellationToken);

    /// <summary>A POST that moves money: sent with an <c>Idempotency-Key</c>, so the same checkout submitted twice pays once.</summary>
    public Task<ApiResult<T>> PostOnceAsync<T>(string path, object body, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, accept: null, cancellationToken, idempotencyKey);

    public Task<ApiResult<T>> PutAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, accept: null, cancellationToken);

    /// <summary>The body as text, e.g. a JSON-LD document or a signed credential passed on unchanged.</summary>
    public Task<ApiResult<string>> GetTextAsync(string path, string accept, CancellationToken cancellationToken = default) =>
        SendAsync<string>(HttpMethod.Get, path, body: null, accept, cancellationToken);

    private async Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method, string path, object? body, string? accept, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        if (await accessToken.GetAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ApiResult<T>.Failed(ApiProblem.From(response.StatusCode, text));
            }
            if (typeof(T) == typeof(string))
            {
                return ApiResult<T>.Ok((T)(object)text);
            }
            if (response.StatusCode == HttpStatusCode.NoContent || text.Length == 0)
            {
                return ApiResult<T>.Ok(default!);
            }
            return ApiResult<T>.Ok(JsonSerializer.Deserialize<T>(text, Json)!);
        }
        catch (HttpRequestException)
        {
            return ApiResult<T>.Failed(ApiProblem.Unavailable);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ApiResult<T>.Failed(ApiProblem.Unavailable);
        }
    }
}
