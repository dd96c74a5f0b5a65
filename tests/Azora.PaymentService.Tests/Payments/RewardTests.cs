using Azora.Contracts.Assessment;
using Azora.Contracts.Lms;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Ledger;
using Azora.PaymentService.Payments;
using Azora.PaymentService.Rewards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Azora.PaymentService.Tests.Payments;

/// <summary>Learn-to-earn: AZR for learning events, exactly once per event, within a daily cap.</summary>
public sealed class RewardTests : IAsyncLifetime
{
    private PaymentHost _host = null!;

    public async Task InitializeAsync() => _host = await PaymentHost.StartAsync(new Dictionary<string, string?>
    {
        ["Azora:Rewards:LessonCompleted"] = "100",
        ["Azora:Rewards:AttemptPassed"] = "250",
        ["Azora:Rewards:CourseCompleted"] = "1000",
        ["Azora:Rewards:DailyCap"] = "1500",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Delivers a message to payment-service's handlers as the broker would, once per call.</summary>
    private async Task DeliverAsync(object message)
    {
        await using var scope = _host.Platform.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(message);
    }

    private Task<long> AzrAsync(Guid learner) => _host.BalanceOfAsync(learner, AccountKind.Wallet, "AZR");

    [Fact]
    public async Task A_completed_lesson_pays_its_reward_once_however_often_it_is_delivered()
    {
        var learner = Guid.CreateVersion7();
        var completed = new LessonCompleted(Guid.CreateVersion7(), Guid.CreateVersion7(), learner, _host.Clock.GetUtcNow());

        await DeliverAsync(completed);
        await DeliverAsync(completed);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DeliverAsync(completed)));

        Assert.Equal(100, await AzrAsync(learner));
        Assert.Equal(-100, await _host.PlatformBalanceAsync(AccountKind.Rewards, "AZR"));
        Assert.Equal(1, await _host.QueryAsync(db => db.RewardGrants.CountAsync()));
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task Only_a_passed_attempt_earns_and_only_once_whichever_grade_revision_passes()
    {
        var learner = Guid.CreateVersion7();
        var attempt = Guid.CreateVersion7();
        AttemptGraded Graded(bool passed, int revision) =>
            new(attempt, Guid.CreateVersion7(), learner, 1, passed ? 8 : 3, 10, passed ? 80 : 30, passed, revision, _host.Clock.GetUtcNow());

        await DeliverAsync(Graded(passed: false, revision: 1));
        var afterFailing = await AzrAsync(learner);
        await DeliverAsync(Graded(passed: true, revision: 2));
        await DeliverAsync(Graded(passed: true, revision: 3));
        await DeliverAsync(Graded(passed: true, revision: 2));

        Assert.Equal(0, afterFailing);
        Assert.Equal(250, await AzrAsync(learner));
    }

    [Fact]
    public async Task A_completed_course_pays_once_per_learner_and_course()
    {
        var learner = Guid.CreateVersion7();
        var course = Guid.CreateVersion7();
        CourseCompleted Completed(Guid who) => new(who, course, "SQL", "Joins", ["SQL joins"], 91.5m, _host.Clock.GetUtcNow());

        await DeliverAsync(Completed(learner));
        await DeliverAsync(Completed(learner));
        var other = Guid.CreateVersion7();
        await DeliverAsync(Completed(other));

        Assert.Equal(1_000, await AzrAsync(learner));
        Assert.Equal(1_000, await AzrAsync(other));
    }

    [Fact]
    public async Task The_daily_cap_limits_what_a_learner_earns_in_a_day_and_the_next_day_starts_afresh()
    {
        var learner = Guid.CreateVersion7();
        var today = _host.Clock.GetUtcNow();
        var course = Guid.CreateVersion7();

        await DeliverAsync(new CourseCompleted(learner, course, "C", "S", [], 100m, today));
        for (var i = 0; i < 7; i++)
        {
            await DeliverAsync(new LessonCompleted(course, Guid.CreateVersion7(), learner, today));
        }
        var capped = await AzrAsync(learner);
        await DeliverAsync(new LessonCompleted(course, Guid.CreateVersion7(), learner, today.AddDays(1)));

        Assert.Equal(1_500, capped);
        Assert.Equal(1_600, await AzrAsync(learner));
        Assert.Equal(9, await _host.QueryAsync(db => db.RewardGrants.CountAsync(g => g.LearnerId == learner)));
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task Claims_granted_together_in_one_group_still_keep_the_daily_cap()
    {
        var learner = Guid.CreateVersion7();
        var today = _host.Clock.GetUtcNow();
        LessonCompleted Completed() => new(Guid.CreateVersion7(), Guid.CreateVersion7(), learner, today);

        await DeliverAsOneGroupAsync(Completed(), [.. Enumerable.Range(0, 19).Select(_ => Completed())]);

        Assert.Equal(1_500, await AzrAsync(learner));
        Assert.Equal(15, await _host.QueryAsync(db => db.RewardGrants.CountAsync(g => g.LearnerId == learner && g.Amount > 0)));
        Assert.Equal(20, await _host.QueryAsync(db => db.RewardGrants.CountAsync(g => g.LearnerId == learner)));
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_claim_that_cannot_be_granted_fails_alone_and_the_rest_of_its_group_is_paid()
    {
        var (first, broken, other) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        // The broken learner's wallet is known to the process but its row is gone, so its transfer is refused.
        await _host.Platform.App.Services.GetRequiredService<PlatformAccounts>().WalletAsync(broken, "AZR", CancellationToken.None);
        await _host.QueryAsync(db => db.Accounts.Where(a => a.OwnerId == broken).ExecuteDeleteAsync());
        LessonCompleted Completed(Guid learner) => new(Guid.CreateVersion7(), Guid.CreateVersion7(), learner, _host.Clock.GetUtcNow());

        var group = await DeliverAsOneGroupAsync(Completed(first), [Completed(broken), Completed(other)]);

        Assert.True(group[0].IsFaulted);
        Assert.True(group[1].IsCompletedSuccessfully);
        Assert.Equal(100, await AzrAsync(first));
        Assert.Equal(100, await AzrAsync(other));
        Assert.Equal(0, await _host.QueryAsync(db => db.RewardGrants.CountAsync(g => g.LearnerId == broken)));
        await _host.AssertLedgerHoldsAsync();
    }

    /// <summary>
    /// Delivers <paramref name="first"/> while the test holds the ledger's write gate, so that its claim takes the reward
    /// queue's turn and waits at the gate; then delivers <paramref name="group"/>, whose claims all wait behind it and so
    /// are granted together in the next turn once the gate is let go. Returns the group's deliveries, all finished.
    /// </summary>
    private async Task<Task[]> DeliverAsOneGroupAsync(object first, object[] group)
    {
        var services = _host.Platform.App.Services;
        var queue = services.GetRequiredService<RewardQueue>();
        Task leader;
        Task[] deliveries;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PaymentDbContext>();
            using var held = await services.GetRequiredService<LedgerWriteGate>().EnterAsync(db, CancellationToken.None);
            leader = DeliverAsync(first);
            await PaymentApi.EventuallyAsync(() => Task.FromResult(queue.Busy), "the first claim takes the reward queue's turn");
            deliveries = [.. group.Select(DeliverAsync)];
            await PaymentApi.EventuallyAsync(() => Task.FromResult(queue.Waiting == group.Length), "the group waits behind it");
        }
        await leader;
        await Task.WhenAll(deliveries).ContinueWith(_ => { }, TaskScheduler.Default);
        return deliveries;
    }
}
