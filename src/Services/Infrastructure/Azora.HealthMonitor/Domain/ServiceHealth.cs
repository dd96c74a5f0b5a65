namespace Azora.HealthMonitor.Domain;

/// <summary>
/// A service's latest state and its streaks: how many polls in a row failed (an instance or more not ready) and how
/// many in a row were healthy (every instance ready). Incidents open and resolve on these streaks.
/// </summary>
internal sealed class ServiceHealth
{
    private ServiceHealth()
    {
    }

    public string ServiceId { get; private set; } = "";
    public ServiceState State { get; private set; }
    public int ReadyInstances { get; private set; }
    public int Instances { get; private set; }
    public DateTimeOffset LastPolledAt { get; private set; }
    public int FailedPolls { get; private set; }
    public int HealthyPolls { get; private set; }

    /// <summary>When the current run of failed polls began; null while the service is healthy.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public static ServiceHealth Begin(string serviceId) => new() { ServiceId = serviceId };

    public bool Failed => State != ServiceState.Operational;

    public void Observe(ServicePoll poll)
    {
        ReadyInstances = poll.ReadyInstances;
        Instances = poll.Instances;
        LastPolledAt = poll.PolledAt;
        State = poll.ReadyInstances == poll.Instances ? ServiceState.Operational
            : poll.ReadyInstances == 0 ? ServiceState.Down
            : ServiceState.Degraded;
        if (Failed)
        {
            FailingSince ??= poll.PolledAt;
            FailedPolls++;
            HealthyPolls = 0;
        }
        else
        {
            FailingSince = null;
            FailedPolls = 0;
            HealthyPolls++;
        }
    }
}
