using System.Collections.Concurrent;
using System.Net;

namespace Azora.ServiceDefaults.Security;

/// <summary>Who a request is counted against: the signed-in user's subject, or else the client's address.</summary>
public readonly record struct CallerKey(string? Subject, IPAddress? Address)
{
    public static CallerKey ForUser(string subject) => new(subject, null);

    public static CallerKey ForAddress(IPAddress? address) => new(null, address);
}

/// <summary>
/// A fixed window of <see cref="PermitLimit"/> requests per caller, without locks: each caller has a counter whose
/// current window is swapped with compare-and-exchange when it has ended and counted with <see cref="Interlocked"/>
/// while it runs. A window starts with the caller's first request after the previous one ended. Callers idle for a whole
/// window are swept out (at most once per window, by the request that notices it is due), so memory holds only the
/// callers of the last two windows.
/// </summary>
public sealed class CallerWindowLimiter(int permitLimit, TimeSpan window, TimeProvider clock)
{
    private readonly ConcurrentDictionary<CallerKey, CallerCounter> _counters = new();
    private readonly long _windowTicks = window.Ticks;
    private long _nextSweep = clock.GetUtcNow().UtcTicks + window.Ticks;

    public int PermitLimit { get; } = permitLimit > 0 ? permitLimit : throw new ArgumentOutOfRangeException(nameof(permitLimit));

    /// <summary>How many callers are remembered now.</summary>
    public int TrackedCallers => _counters.Count;

    /// <summary>True when the request is admitted; otherwise <paramref name="retryAfter"/> says when its window ends.</summary>
    public bool TryAcquire(CallerKey caller, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow().UtcTicks;
        SweepIfDue(now);
        while (true)
        {
            var counter = _counters.GetOrAdd(caller, static _ => new CallerCounter());
            switch (counter.TryAcquire(now, _windowTicks, PermitLimit, out var waitTicks))
            {
                case Admission.Admitted:
                    retryAfter = TimeSpan.Zero;
                    return true;
                case Admission.Refused:
                    retryAfter = TimeSpan.FromTicks(waitTicks);
                    return false;
                default:
                    // The sweep retired this counter; make sure it is gone and count against a fresh one.
                    _counters.TryRemove(new KeyValuePair<CallerKey, CallerCounter>(caller, counter));
                    break;
            }
        }
    }

    private void SweepIfDue(long now)
    {
        var due = Volatile.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + _windowTicks, due) != due)
        {
            return;
        }
        foreach (var (caller, counter) in _counters)
        {
            if (counter.TryRetire(now))
            {
                _counters.TryRemove(new KeyValuePair<CallerKey, CallerCounter>(caller, counter));
            }
        }
    }

    private enum Admission { Admitted, Refused, Retired }

    /// <summary>One caller's current window. Replaced, never reset, so a late increment cannot leak into a new window.</summary>
    private sealed class CallerCounter
    {
        private static readonly Window Retired = new(long.MaxValue);
        private Window _current = new(long.MinValue);

        public Admission TryAcquire(long now, long windowTicks, int limit, out long waitTicks)
        {
            while (true)
            {
                var current = Volatile.Read(ref _current);
                if (ReferenceEquals(current, Retired))
                {
                    waitTicks = 0;
                    return Admission.Retired;
                }
                if (now >= current.End)
                {
                    var next = new Window(now + windowTicks) { Admitted = 1 };
                    if (Interlocked.CompareExchange(ref _current, next, current) == current)
                    {
                        waitTicks = 0;
                        return Admission.Admitted;
                    }
                    continue;
                }
                // Checked before counting so that a refused flood cannot overflow the count.
                if (Volatile.Read(ref current.Admitted) < limit && Interlocked.Increment(ref current.Admitted) <= limit)
                {
                    waitTicks = 0;
                    return Admission.Admitted;
                }
                waitTicks = current.End - now;
                return Admission.Refused;
            }
        }

        /// <summary>Retires the counter when its window ended; false while the caller is still counted.</summary>
        public bool TryRetire(long now)
        {
            var current = Volatile.Read(ref _current);
            return now >= current.End && Interlocked.CompareExchange(ref _current, Retired, current) == current;
        }
    }

    private sealed class Window(long end)
    {
        public long End { get; } = end;
        public int Admitted;
    }
}
