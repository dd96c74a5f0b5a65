using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Azora.Contracts;

namespace Azora.Platform.Tests.Split;

/// <summary>
/// RabbitMQ stopped for ten seconds while learners enrol and complete lessons: every write still succeeds (events wait in
/// each service's outbox in PostgreSQL), and once the broker is back every LessonCompleted reaches payment-service, which
/// rewards each lesson once.
/// </summary>
[Collection(SplitPlatform.Collection)]
public sealed class BrokerOutageTests(SplitPlatform platform)
{
    private const int Learners = 4;
    private const long LessonReward = 100;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task With_the_broker_down_for_ten_seconds_writes_keep_working_and_every_event_arrives_after_it_returns()
    {
        var instructor = await platform.ProvisionedAsync(Roles.Instructor);
        var course = await SplitJourneySteps.AuthorCourseAsync(instructor, $"Everyday science {SplitJourneySteps.Marker()}");
        var learners = new List<Member>();
        for (var i = 0; i < Learners; i++)
        {
            learners.Add(await platform.ProvisionedAsync(Roles.Learner));
        }

        await platform.RabbitMq.StopAsync();
        var down = Stopwatch.StartNew();
        try
        {
            // Learners keep coming while the broker is away: one enrols and reads the lessons every couple of seconds.
            for (var i = 0; i < learners.Count; i++)
            {
                await SplitJourneySteps.EnrolAndReadTheLessonsAsync(learners[i], course.Id);
                while (down.Elapsed < Outage * (i + 1) / learners.Count)
                {
                    await Task.Delay(100);
                }
            }
            Assert.False(platform.RabbitMq.IsRunning);
        }
        finally
        {
            await platform.RabbitMq.StartAgainAsync();
        }

        foreach (var learner in learners)
        {
            var progress = await learner.GetAsync($"/azora-lms/api/courses/{course.Id}/progress");
            Assert.All(progress.GetProperty("lessons").EnumerateArray().Where(l => l.GetProperty("kind").GetString() == "content"),
                lesson => Assert.True(lesson.GetProperty("done").GetBoolean()));
            Assert.Equal(2 * LessonReward, await PollAsync(() => AzrBalanceAsync(learner), balance => balance == 2 * LessonReward));
        }
        // Nothing arrives twice: the balances stay put once the queues have drained.
        await platform.WaitUntilRoutedAsync(platform.ServiceIds);
        foreach (var learner in learners)
        {
            Assert.Equal(2 * LessonReward, await AzrBalanceAsync(learner));
        }
    }

    private static async Task<long> AzrBalanceAsync(Member learner)
    {
        using var response = await learner.Client.GetAsync("/payment-service/api/wallet");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return -1;
        }
        var wallet = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return wallet.GetProperty("accounts").EnumerateArray()
            .Where(a => a.GetProperty("currency").GetString() == "AZR" && a.GetProperty("kind").GetString() == "wallet")
            .Sum(a => a.GetProperty("balance").GetInt64());
    }

    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Gave up waiting; the last answer was {value}.");
            await Task.Delay(250);
        }
    }
}
