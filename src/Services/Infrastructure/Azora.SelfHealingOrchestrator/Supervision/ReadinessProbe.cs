namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>Asks an instance whether it is ready for traffic.</summary>
internal interface IReadinessProbe
{
    Task<ProbeResult> ProbeAsync(Uri address, CancellationToken cancellationToken);
}

internal sealed record ProbeResult(bool Ready, string Detail);

/// <summary>GET <c>/health/ready</c>: ready on a 2xx, not ready on anything else, a refused connection or a timeout.</summary>
internal sealed class HttpReadinessProbe(HttpClient http) : IReadinessProbe
{
    public async Task<ProbeResult> ProbeAsync(Uri address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(address, "health/ready"), cancellationToken);
            return new ProbeResult(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
        }
        catch (HttpRequestException error)
        {
            return new ProbeResult(false, error.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeResult(false, "the readiness probe timed out");
        }
    }
}
