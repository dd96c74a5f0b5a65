namespace Azora.SelfHealingOrchestrator.Domain;

/// <summary>How often and how soon a failed process is started again, read from <c>Azora:Supervisor:Restart</c>.</summary>
internal sealed class RestartPolicyOptions
{
    /// <summary>The wait before the first restart; each further consecutive failure doubles it.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two restarts, however many failures came before.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of each wait that is random (0 to 1), so that processes that failed together do not restart together.</summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>A process that ran at least this long before failing is healthy again: its backoff starts over.</summary>
    public TimeSpan StableAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>This many restarts within <see cref="CrashLoopWindow"/> is a crash loop: the supervisor stops restarting.</summary>
    public int CrashLoopRestarts { get; set; } = 5;

    public TimeSpan CrashLoopWindow { get; set; } = TimeSpan.FromMinutes(5);

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (InitialBackoff <= TimeSpan.Zero)
        {
            problems.Add("Restart:InitialBackoff must be positive.");
        }
        if (MaxBackoff < InitialBackoff)
        {
            problems.Add("Restart:MaxBackoff must be at least Restart:InitialBackoff.");
        }
        if (Jitter is < 0 or > 1)
        {
            problems.Add("Restart:Jitter must be between 0 and 1.");
        }
        if (CrashLoopRestarts < 1)
        {
            problems.Add("Restart:CrashLoopRestarts must be at least 1.");
        }
        if (CrashLoopWindow <= TimeSpan.Zero)
        {
            problems.Add("Restart:CrashLoopWindow must be positive.");
        }
        return problems;
    }
}

/// <summary>What to do about a process that just failed.</summary>
internal abstract record RestartDecision
{
    /// <summary>Start it again after <paramref name="Delay"/>.</summary>
    public sealed record Restart(TimeSpan Delay, int Attempt) : RestartDecision;

    /// <summary>Stop trying: it failed <paramref name="Restarts"/> times within <paramref name="Window"/>.</summary>
    public sealed record GiveUp(int Restarts, TimeSpan Window) : RestartDecision
    {
        public string Report(string instanceId) =>
            $"{instanceId} is crash-looping: it was restarted {Restarts} times within {Window.TotalSeconds:0} s and failed again; the supervisor stopped restarting it.";
    }
}

/// <summary>
/// Exponential backoff with jitter and a cap, and crash-loop detection, for one supervised process. It remembers when it
/// restarted the process and how many failures in a row there have been; the clock is injected so tests move time.
/// </summary>
internal sealed class RestartPolicy(RestartPolicyOptions options, TimeProvider clock, Func<double> random)
{
    private readonly Queue<DateTimeOffset> _restarts = new();
    private int _consecutiveFailures;

    public RestartPolicy(RestartPolicyOptions options, TimeProvider clock) : this(options, clock, Random.Shared.NextDouble)
    {
    }

    /// <summary>How many restarts happened within the crash-loop window, as of now.</summary>
    public int RecentRestarts
    {
        get
        {
            Forget(clock.GetUtcNow());
            return _restarts.Count;
        }
    }

    /// <summary>Decides after a failure of a process that had been up for <paramref name="uptime"/>.</summary>
    public RestartDecision Failed(TimeSpan uptime)
    {
        var now = clock.GetUtcNow();
        Forget(now);
        _consecutiveFailures = uptime >= options.StableAfter ? 1 : _consecutiveFailures + 1;
        if (_restarts.Count >= options.CrashLoopRestarts)
        {
            return new RestartDecision.GiveUp(_restarts.Count, options.CrashLoopWindow);
        }
        _restarts.Enqueue(now);
        return new RestartDecision.Restart(Backoff(_consecutiveFailures), _consecutiveFailures);
    }

    /// <summary>The wait before restart number <paramref name="attempt"/> (1-based) of a run of failures.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponent = Math.Min(attempt - 1, 30);
        var full = Math.Min(options.InitialBackoff.TotalMilliseconds * Math.Pow(2, exponent), options.MaxBackoff.TotalMilliseconds);
        // The random share is taken off the full wait, so the cap is never exceeded.
        var jittered = full * (1 - (options.Jitter * random()));
        return TimeSpan.FromMilliseconds(jittered);
    }

    private void Forget(DateTimeOffset now)
    {
        while (_restarts.Count > 0 && now - _restarts.Peek() >= options.CrashLoopWindow)
        {
            _restarts.Dequeue();
        }
    }
}
