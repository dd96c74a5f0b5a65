using System.Diagnostics;
using System.Text.Json;
using Azora.Contracts;

namespace Azora.Platform.Tests.Split;

/// <summary>
/// The learning journey across separate processes on PostgreSQL and RabbitMQ, through the gateway, ending in a
/// credential; and the same journey with azora-credentials killed (SIGKILL) in the middle: the supervisor restarts it and
/// the credential is issued exactly once.
/// </summary>
[Collection(SplitPlatform.Collection)]
public sealed class SplitJourneyTests(SplitPlatform platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_learner_completes_a_course_across_separate_processes_and_earns_one_credential()
    {
        var instructor = await platform.ProvisionedAsync(Roles.Instructor);
        var learner = await platform.ProvisionedAsync(Roles.Learner);
        var course = await SplitJourneySteps.AuthorCourseAsync(instructor, $"Everyday science {SplitJourneySteps.Marker()}");

        await SplitJourneySteps.EnrolAndReadTheLessonsAsync(learner, course.Id);
        Assert.False((await SplitJourneySteps.TakeQuizAsync(learner, course.QuizId, correctly: false)).GetProperty("passed").GetBoolean());
        Assert.True((await SplitJourneySteps.TakeQuizAsync(learner, course.QuizId, correctly: true)).GetProperty("passed").GetBoolean());

        var credentials = await PollAsync(() => SplitJourneySteps.CourseCredentialsAsync(learner, course.Id), found => found is { Count: 1 });
        Assert.Single(credentials!);
        var progress = await learner.GetAsync($"/azora-lms/api/courses/{course.Id}/progress");
        Assert.NotEqual(JsonValueKind.Null, progress.GetProperty("completedAt").ValueKind);
    }

    [Fact]
    public async Task Killing_the_credentials_process_mid_journey_gets_it_restarted_and_the_credential_issued_exactly_once()
    {
        var admin = await platform.ProvisionedAsync(Roles.PlatformAdmin);
        var instructor = await platform.ProvisionedAsync(Roles.Instructor);
        var learner = await platform.ProvisionedAsync(Roles.Learner);
        var course = await SplitJourneySteps.AuthorCourseAsync(instructor, $"Everyday science {SplitJourneySteps.Marker()}");
        await SplitJourneySteps.EnrolAndReadTheLessonsAsync(learner, course.Id);
        var before = await SplitPlatform.ProcessAsync(admin, "azora-credentials-0");
        var pid = before.GetProperty("pid").GetInt32();

        using (var credentials = Process.GetProcessById(pid))
        {
            credentials.Kill();
            await credentials.WaitForExitAsync();
        }
        // The course completes while azora-credentials is down: its CourseCompleted waits in RabbitMQ.
        Assert.True((await SplitJourneySteps.TakeQuizAsync(learner, course.QuizId, correctly: true)).GetProperty("passed").GetBoolean());

        var restarted = await PollAsync(() => SplitPlatform.ProcessAsync(admin, "azora-credentials-0"),
            p => p.GetProperty("ready").GetBoolean() && p.GetProperty("restarts").GetInt32() > before.GetProperty("restarts").GetInt32());
        Assert.NotEqual(pid, restarted.GetProperty("pid").GetInt32());
        Assert.Equal(137, restarted.GetProperty("lastExitCode").GetInt32());
        // Drained when it died, registered again once the restarted process was ready.
        await PollAsync(() => SplitPlatform.GatewayInstancesAsync(admin),
            instances => instances.Any(i => i.GetProperty("instanceId").GetString() == "azora-credentials-0" && i.GetProperty("inRotation").GetBoolean()));
        var issued = await PollAsync(() => SplitJourneySteps.CourseCredentialsAsync(learner, course.Id), found => found is { Count: > 0 });
        Assert.Single(issued!);
        // Whatever is redelivered after the restart is handled once: still one credential after the queues settle.
        await platform.WaitUntilRoutedAsync(platform.ServiceIds);
        Assert.Single((await SplitJourneySteps.CourseCredentialsAsync(learner, course.Id))!);
    }

    private static Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done) => Polling.UntilAsync(read, done, Patience);
}
