using System.Net.Sockets;
using Azora.HealthMonitor.Domain;
using Azora.ServiceDefaults.Health;

namespace Azora.HealthMonitor.Polling;

/// <summary>
/// Asks one instance <c>GET /health/ready</c>: ready when it answers 2xx within the timeout. The timeout runs on the
/// injected clock, like the poll schedule; anything else (another status, a refused connection, no answer in time) is
/// recorded with what went wrong. The HTTP client's own timeout, on the wall clock, is a backstop and counts the same.
/// </summary>
internal sealed class ReadinessProbe(HttpClient http, TimeProvider clock, HealthMonitorOptions options)
{
    public const string HttpClientName = "health-monitor-probes";

    public async Task<ProbeResult> ProbeAsync(MonitoredInstance instance, DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        using var timeout = new CancellationTokenSource(options.ProbeTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            using var response = await http.GetAsync(
                new Uri(instance.BaseAddress, HealthDefaults.ReadyPath.TrimStart('/')), HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            var ready = response.IsSuccessStatusCode;
            return Record(ready, status, ready ? null : $"Answered HTTP {status} {response.ReasonPhrase}".TrimEnd());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Record(false, null, $"No answer within {options.ProbeTimeoutSeconds} s.");
        }
        catch (HttpRequestException error)
        {
            var cause = error.InnerException is SocketException socket ? $"{socket.SocketErrorCode}: {socket.Message}" : error.Message;
            return Record(false, null, $"Request failed ({error.HttpRequestError}): {cause}");
        }

        ProbeResult Record(bool ready, int? status, string? error) =>
            ProbeResult.Record(instance.ServiceId, instance.BaseAddress, polledAt, ready, status, error, clock.GetElapsedTime(started));
    }
}
