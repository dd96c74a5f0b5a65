namespace Azora.HealthMonitor.Uptime;

/// <summary>How many polls of a service fell in a window and how many of them found it up.</summary>
internal sealed record PollTotal(string ServiceId, int Polls, int UpPolls);
