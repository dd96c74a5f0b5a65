using System.Runtime.CompilerServices;
using Yarp.ReverseProxy.Model;

namespace Azora.LoadBalancer.Features.HealthChecks;

/// <summary>
/// Each destination's failed probe rounds in a row. YARP starts a cluster's next periodic round one interval after the
/// last one ended, so successive rounds end at least an interval apart; rounds that overlap (the one
/// <see cref="ProbeOnceStarted"/> adds and a periodic one) end less than a probe timeout apart. Failures that end less
/// than half an interval apart are therefore one observation and count once (with the defaults, a 10 s interval and a
/// 5 s timeout, the two never meet).
/// </summary>
internal sealed class FailuresInARow(TimeProvider clock, TimeSpan probeInterval)
{
    private sealed class Streak
    {
        public int Count;
        public long LastCountedAt;
    }

    private readonly ConditionalWeakTable<DestinationState, Streak> _streaks = [];

    /// <summary>Records a failure that ended now; returns the rounds failed in a row.</summary>
    public int Add(DestinationState destination)
    {
        var now = clock.GetTimestamp();
        var streak = _streaks.GetOrCreateValue(destination);
        lock (streak)
        {
            if (streak.Count == 0 || clock.GetElapsedTime(streak.LastCountedAt, now) >= probeInterval / 2)
            {
                streak.Count++;
                streak.LastCountedAt = now;
            }
            return streak.Count;
        }
    }

    public void Reset(DestinationState destination)
    {
        var streak = _streaks.GetOrCreateValue(destination);
        lock (streak)
        {
            streak.Count = 0;
        }
    }
}
