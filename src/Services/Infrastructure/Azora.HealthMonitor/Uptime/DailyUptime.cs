namespace Azora.HealthMonitor.Uptime;

/// <summary>One day of a service's uptime bar: its polls that UTC day and the share that found it up (null without polls).</summary>
internal sealed record DailyUptime(DateOnly Day, int Polls, double? Uptime);
