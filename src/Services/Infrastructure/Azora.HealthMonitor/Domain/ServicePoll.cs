namespace Azora.HealthMonitor.Domain;

/// <summary>
/// What one poll found for one service: how many of its instances were ready. The service counts as up in the poll
/// when at least one instance was ready, because the gateway then still serves its requests.
/// </summary>
internal sealed class ServicePoll
{
    private ServicePoll()
    {
    }

    public string ServiceId { get; private set; } = "";
    public DateTimeOffset PolledAt { get; private set; }
    public int ReadyInstances { get; private set; }
    public int Instances { get; private set; }
    public bool Up { get; private set; }

    public static ServicePoll Of(string serviceId, DateTimeOffset polledAt, int readyInstances, int instances) =>
        new()
        {
            ServiceId = serviceId,
            PolledAt = polledAt,
            ReadyInstances = readyInstances,
            Instances = instances,
            Up = readyInstances > 0,
        };
}
