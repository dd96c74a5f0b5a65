namespace Azora.HealthMonitor.Uptime;

/// <summary>A trailing period uptime is measured over, named as the API shows it ("24h", "30d").</summary>
internal sealed record UptimeWindow(string Name, TimeSpan Length)
{
    public static readonly UptimeWindow Hour = new("1h", TimeSpan.FromHours(1));
    public static readonly UptimeWindow Day = new("24h", TimeSpan.FromDays(1));
    public static readonly UptimeWindow Week = new("7d", TimeSpan.FromDays(7));
    public static readonly UptimeWindow Month = new("30d", TimeSpan.FromDays(30));

    public static readonly IReadOnlyList<UptimeWindow> All = [Hour, Day, Week, Month];
}
