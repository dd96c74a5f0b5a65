using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>
/// The gateway's instance API (<c>PUT</c> and <c>DELETE /api/instances/{serviceId}/{instanceId}</c>), called with a
/// client-credentials token from session-service for this service's own client and the <c>gateway.instances</c> scope.
/// The gateway may not run yet, or be restarting: a call that fails is logged, the supervisor registers every ready
/// instance again once the gateway is ready, and a registration that failed is tried again at the instance's next probe.
/// </summary>
internal sealed class HttpGatewayRegistry(HttpClient http, Uri gatewayAddress, Uri sessionServiceAddress, string clientSecret, TimeProvider clock, ILogger<HttpGatewayRegistry> logger)
    : IGatewayRegistry
{
    private readonly SemaphoreSlim _tokenGate = new(1, 1);
    private string? _token;
    private DateTimeOffset _tokenExpires;

    public Task<bool> RegisterAsync(ProcessSpec instance, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, instance, JsonContent.Create(new { address = instance.Address.ToString().TrimEnd('/') }), cancellationToken);

    public Task DrainAsync(ProcessSpec instance, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, instance, null, cancellationToken);

    private async Task<bool> SendAsync(HttpMethod method, ProcessSpec instance, HttpContent? content, CancellationToken cancellationToken)
    {
        var path = $"api/instances/{Uri.EscapeDataString(instance.ServiceId)}/{Uri.EscapeDataString(instance.InstanceId)}";
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(gatewayAddress, path)) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode || (method == HttpMethod.Delete && response.StatusCode == HttpStatusCode.NotFound))
            {
                logger.LogInformation("Gateway: {Method} {Instance} at {Address}.", method == HttpMethod.Put ? "registered" : "drained", instance.InstanceId, instance.Address);
                return true;
            }
            logger.LogWarning("Gateway answered {Status} to {Method} {Path}.", (int)response.StatusCode, method, path);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not {Method} {Instance} at the gateway: {Error}", method, instance.InstanceId, error.Message);
        }
        return false;
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await _tokenGate.WaitAsync(cancellationToken);
        try
        {
            if (_token is not null && clock.GetUtcNow() < _tokenExpires)
            {
                return _token;
            }
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = ProcessPlan.OwnClientId,
                ["client_secret"] = clientSecret,
                ["scope"] = ProcessPlan.GatewayScope,
            });
            using var response = await http.PostAsync(new Uri(sessionServiceAddress, "connect/token"), form, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"session-service refused the supervisor's token request ({(int)response.StatusCode}).");
            }
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            _token = body.GetProperty("access_token").GetString() ?? throw new InvalidOperationException("session-service sent no access token.");
            var lifetime = body.TryGetProperty("expires_in", out var seconds) ? TimeSpan.FromSeconds(seconds.GetInt32()) : TimeSpan.FromMinutes(5);
            // Renewed a minute early, so that no call goes out with a token about to expire.
            _tokenExpires = clock.GetUtcNow() + lifetime - TimeSpan.FromMinutes(1);
            return _token;
        }
        finally
        {
            _tokenGate.Release();
        }
    }
}
