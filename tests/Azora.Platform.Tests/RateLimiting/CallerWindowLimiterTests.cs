using System.Net;
using Azora.ServiceDefaults.Security;
using Microsoft.Extensions.Time.Testing;

namespace Azora.Platform.Tests.RateLimiting;

public sealed class CallerWindowLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_caller_over_the_limit_is_refused_with_the_time_left_in_its_window()
    {
        var limiter = new CallerWindowLimiter(3, Window, _clock);
        var user = CallerKey.ForUser("learner-1");

        for (var i = 0; i < 3; i++)
        {
            Assert.True(limiter.TryAcquire(user, out _));
        }
        _clock.Advance(TimeSpan.FromSeconds(20));
        var admitted = limiter.TryAcquire(user, out var retryAfter);

        Assert.False(admitted);
        Assert.Equal(TimeSpan.FromSeconds(40), retryAfter);
    }

    [Fact]
    public void A_refused_caller_is_admitted_again_once_its_window_has_ended()
    {
        var limiter = new CallerWindowLimiter(2, Window, _clock);
        var user = CallerKey.ForUser("learner-1");
        Assert.True(limiter.TryAcquire(user, out _));
        Assert.True(limiter.TryAcquire(user, out _));
        Assert.False(limiter.TryAcquire(user, out _));

        _clock.Advance(Window);

        Assert.True(limiter.TryAcquire(user, out _));
        Assert.True(limiter.TryAcquire(user, out _));
        Assert.False(limiter.TryAcquire(user, out _));
    }

    [Fact]
    public void Each_user_has_a_window_of_their_own()
    {
        var limiter = new CallerWindowLimiter(1, Window, _clock);

        Assert.True(limiter.TryAcquire(CallerKey.ForUser("learner-1"), out _));
        Assert.False(limiter.TryAcquire(CallerKey.ForUser("learner-1"), out _));

        Assert.True(limiter.TryAcquire(CallerKey.ForUser("learner-2"), out _));
    }

    [Fact]
    public void Anonymous_callers_are_counted_per_address_apart_from_signed_in_users()
    {
        var limiter = new CallerWindowLimiter(1, Window, _clock);
        var address = IPAddress.Parse("192.0.2.7");

        Assert.True(limiter.TryAcquire(CallerKey.ForAddress(address), out _));
        Assert.False(limiter.TryAcquire(CallerKey.ForAddress(IPAddress.Parse("192.0.2.7")), out _));

        Assert.True(limiter.TryAcquire(CallerKey.ForAddress(IPAddress.Parse("192.0.2.8")), out _));
        Assert.True(limiter.TryAcquire(CallerKey.ForUser("192.0.2.7"), out _));
        Assert.True(limiter.TryAcquire(CallerKey.ForAddress(null), out _));
    }

    [Fact]
    public async Task Parallel_requests_of_one_caller_are_never_admitted_beyond_the_limit()
    {
        const int limit = 1000;
        var limiter = new CallerWindowLimiter(limit, Window, _clock);
        var user = CallerKey.ForUser("learner-1");
        var admitted = 0;

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                if (limiter.TryAcquire(user, out _))
                {
                    Interlocked.Increment(ref admitted);
                }
            }
        }));
        await Task.WhenAll(workers);

        Assert.Equal(limit, admitted);
    }

    [Fact]
    public void Callers_idle_for_a_whole_window_are_forgotten()
    {
        var limiter = new CallerWindowLimiter(5, Window, _clock);
        for (var i = 0; i < 100; i++)
        {
            Assert.True(limiter.TryAcquire(CallerKey.ForUser($"learner-{i}"), out _));
        }
        Assert.Equal(100, limiter.TrackedCallers);

        _clock.Advance(Window);
        Assert.True(limiter.TryAcquire(CallerKey.ForUser("learner-0"), out _));

        Assert.Equal(1, limiter.TrackedCallers);
    }

    [Fact]
    public void A_forgotten_caller_starts_a_fresh_window()
    {
        var limiter = new CallerWindowLimiter(1, Window, _clock);
        var user = CallerKey.ForUser("learner-1");
        Assert.True(limiter.TryAcquire(user, out _));

        _clock.Advance(Window * 2);
        Assert.True(limiter.TryAcquire(CallerKey.ForUser("learner-2"), out _));

        Assert.True(limiter.TryAcquire(user, out _));
        Assert.False(limiter.TryAcquire(user, out _));
    }
}
