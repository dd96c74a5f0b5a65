namespace Azora.HealthMonitor.Domain;

/// <summary>The polls of one service within one UTC hour and how many found it up; kept longer than the raw history.</summary>
internal sealed class HourlyUptime
{
    private HourlyUptime()
    {
    }

    public string ServiceId { get; private set; } = "";
    public DateTimeOffset Hour { get; private set; }
    public int Polls { get; private set; }
    public int UpPolls { get; private set; }

    public static DateTimeOffset HourOf(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    public static HourlyUptime Start(string serviceId, DateTimeOffset time) => new() { ServiceId = serviceId, Hour = HourOf(time) };

    public void Count(ServicePoll poll)
    {
        Polls++;
        if (poll.Up)
        {
            UpPolls++;
        }
    }
}
