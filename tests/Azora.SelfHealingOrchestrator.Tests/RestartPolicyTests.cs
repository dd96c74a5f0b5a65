using Azora.SelfHealingOrchestrator.Domain;
using Microsoft.Extensions.Time.Testing;

namespace Azora.SelfHealingOrchestrator.Tests;

public sealed class RestartPolicyTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    private static RestartPolicyOptions Options(int crashLoopRestarts = 100) => new()
    {
        InitialBackoff = TimeSpan.FromSeconds(1),
        MaxBackoff = TimeSpan.FromSeconds(30),
        Jitter = 0.2,
        StableAfter = TimeSpan.FromMinutes(1),
        CrashLoopRestarts = crashLoopRestarts,
        CrashLoopWindow = TimeSpan.FromMinutes(5),
    };

    private static TimeSpan DelayOf(RestartDecision decision) => Assert.IsType<RestartDecision.Restart>(decision).Delay;

    [Fact]
    public void Each_failure_in_a_row_doubles_the_wait_up_to_the_cap()
    {
        var policy = new RestartPolicy(Options(), _clock, () => 0);

        var delays = Enumerable.Range(0, 7).Select(_ => DelayOf(policy.Failed(TimeSpan.FromSeconds(2)))).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30], delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public void Jitter_takes_at_most_its_share_off_the_wait_and_never_goes_over_the_cap()
    {
        var lowest = new RestartPolicy(Options(), _clock, () => 1);
        var highest = new RestartPolicy(Options(), _clock, () => 0);

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var full = Math.Min(Math.Pow(2, attempt - 1), 30);
            Assert.Equal(full * 0.8, lowest.Backoff(attempt).TotalSeconds, 6);
            Assert.Equal(full, highest.Backoff(attempt).TotalSeconds, 6);
        }
    }

    [Fact]
    public void Random_draws_spread_the_waits_of_processes_that_failed_together()
    {
        var draws = new Queue<double>([0.0, 0.5, 0.99]);
        var policy = new RestartPolicy(Options(), _clock, () => draws.Dequeue());

        var waits = new[] { policy.Backoff(3), policy.Backoff(3), policy.Backoff(3) };

        Assert.Equal(3, waits.Distinct().Count());
        Assert.All(waits, wait => Assert.InRange(wait.TotalSeconds, 4 * 0.8, 4));
    }

    [Fact]
    public void The_restart_after_too_many_restarts_within_the_window_is_refused_as_a_crash_loop()
    {
        var policy = new RestartPolicy(Options(crashLoopRestarts: 3), _clock, () => 0);

        for (var i = 0; i < 3; i++)
        {
            Assert.IsType<RestartDecision.Restart>(policy.Failed(TimeSpan.FromSeconds(1)));
            _clock.Advance(TimeSpan.FromSeconds(10));
        }
        var verdict = Assert.IsType<RestartDecision.GiveUp>(policy.Failed(TimeSpan.FromSeconds(1)));

        Assert.Equal(3, verdict.Restarts);
        Assert.Contains("azora-lms-0 is crash-looping", verdict.Report("azora-lms-0"));
        Assert.Contains("3 times within 300 s", verdict.Report("azora-lms-0"));
    }

    [Fact]
    public void Restarts_older_than_the_window_no_longer_count_towards_a_crash_loop()
    {
        var policy = new RestartPolicy(Options(crashLoopRestarts: 3), _clock, () => 0);
        for (var i = 0; i < 3; i++)
        {
            policy.Failed(TimeSpan.FromSeconds(1));
        }

        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, policy.RecentRestarts);
        Assert.IsType<RestartDecision.Restart>(policy.Failed(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_process_that_ran_long_enough_to_be_stable_starts_its_backoff_over()
    {
        var policy = new RestartPolicy(Options(), _clock, () => 0);
        for (var i = 0; i < 4; i++)
        {
            policy.Failed(TimeSpan.FromSeconds(1));
        }

        var afterAStableRun = Assert.IsType<RestartDecision.Restart>(policy.Failed(TimeSpan.FromMinutes(2)));

        Assert.Equal(1, afterAStableRun.Attempt);
        Assert.Equal(TimeSpan.FromSeconds(1), afterAStableRun.Delay);
    }

    [Theory]
    [InlineData(0, 30, 0.2, 5, "InitialBackoff")]
    [InlineData(10, 5, 0.2, 5, "MaxBackoff")]
    [InlineData(1, 30, 1.5, 5, "Jitter")]
    [InlineData(1, 30, 0.2, 0, "CrashLoopRestarts")]
    public void Options_that_make_no_sense_are_named(int initialSeconds, int maxSeconds, double jitter, int crashLoopRestarts, string named)
    {
        var options = new RestartPolicyOptions
        {
            InitialBackoff = TimeSpan.FromSeconds(initialSeconds),
            MaxBackoff = TimeSpan.FromSeconds(maxSeconds),
            Jitter = jitter,
            CrashLoopRestarts = crashLoopRestarts,
        };

        Assert.Contains(options.Problems(), problem => problem.Contains(named, StringComparison.Ordinal));
    }
}
