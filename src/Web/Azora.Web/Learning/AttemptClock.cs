using System.Globalization;

namespace Azora.Web.Learning;

/// <summary>The time an open attempt has left before its deadline, in the words its countdown shows.</summary>
public static class AttemptClock
{
    public static TimeSpan Left(DateTimeOffset deadline, DateTimeOffset now) => deadline > now ? deadline - now : TimeSpan.Zero;

    /// <summary>"12:03 left" (minutes and seconds) or "1:05:09 left"; a part second counts as a whole one, so "0:00" means the time is up.</summary>
    public static string Describe(TimeSpan left)
    {
        if (left <= TimeSpan.Zero)
        {
            return "Time is up";
        }
        var seconds = (long)Math.Ceiling(left.TotalSeconds);
        var (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{rest:00} left")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes}:{rest:00} left");
    }

    /// <summary>The warning announced once as the deadline nears (five minutes, then one), or none.</summary>
    public static string? Warning(TimeSpan left) =>
        left <= TimeSpan.Zero ? null
        : left <= TimeSpan.FromMinutes(1) ? "One minute left: your answers are submitted when the time is up."
        : left <= TimeSpan.FromMinutes(5) ? "Five minutes left."
        : null;
}
