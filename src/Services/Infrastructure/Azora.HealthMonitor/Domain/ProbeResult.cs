namespace Azora.HealthMonitor.Domain;

/// <summary>One readiness probe of one instance in one poll: the answer, or why there was none, and how long it took.</summary>
internal sealed class ProbeResult
{
    public const int ServiceIdMaxLength = 100;
    public const int InstanceMaxLength = 300;
    public const int ErrorMaxLength = 500;

    private ProbeResult()
    {
    }

    public Guid Id { get; private set; }
    public string ServiceId { get; private set; } = "";
    public string Instance { get; private set; } = "";

    /// <summary>When the poll began; every probe of one poll shares it.</summary>
    public DateTimeOffset PolledAt { get; private set; }

    public bool Ready { get; private set; }

    /// <summary>The HTTP status of the answer, or null when none came (refused, timed out).</summary>
    public int? StatusCode { get; private set; }

    /// <summary>Why the instance was not ready, for operators: the status, the timeout or the network error.</summary>
    public string? Error { get; private set; }

    public double LatencyMilliseconds { get; private set; }

    public static ProbeResult Record(string serviceId, Uri instance, DateTimeOffset polledAt, bool ready, int? statusCode, string? error, TimeSpan latency) =>
        new()
        {
            Id = Guid.CreateVersion7(polledAt),
            ServiceId = serviceId,
            Instance = instance.ToString(),
            PolledAt = polledAt,
            Ready = ready,
            StatusCode = statusCode,
            Error = error is null ? null : error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error,
            LatencyMilliseconds = Math.Round(latency.TotalMilliseconds, 3),
        };
}
