using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>Self-paced due dates count from each learner's own enrolment, on the service's clock, until an instructor extends them.</summary>
[Collection(LmsCollection.Name)]
public sealed class DueDateTests(LmsFixture fixture)
{
    private static DateTimeOffset DueOf(JsonElement progress, Guid lessonId) =>
        progress.GetProperty("lessons").EnumerateArray().Single(l => l.GetProperty("lessonId").GetGuid() == lessonId).GetProperty("dueAt").GetDateTimeOffset();

    [Fact]
    public async Task Due_dates_are_the_enrolment_time_plus_the_offset_for_each_learner()
    {
        using var instructor = fixture.NewInstructor();
        using var early = fixture.NewLearner();
        using var late = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);

        var earlyEnrolledAt = fixture.Clock.GetUtcNow();
        await EnrolAsync(early.Client, course.Id);
        fixture.Clock.Advance(TimeSpan.FromHours(5));
        var lateEnrolledAt = fixture.Clock.GetUtcNow();
        await EnrolAsync(late.Client, course.Id);

        var earlyProgress = await ProgressAsync(early.Client, course.Id);
        var lateProgress = await ProgressAsync(late.Client, course.Id);
        Assert.Equal(earlyEnrolledAt, earlyProgress.GetProperty("enrolledAt").GetDateTimeOffset());
        Assert.Equal(earlyEnrolledAt.AddDays(3), DueOf(earlyProgress, course.Reading));
        Assert.Equal(earlyEnrolledAt.AddDays(14), DueOf(earlyProgress, course.QuizLesson));
        Assert.Equal(lateEnrolledAt.AddDays(3), DueOf(lateProgress, course.Reading));
        Assert.Equal(lateEnrolledAt.AddDays(7), DueOf(lateProgress, course.Video));
    }

    [Fact]
    public async Task An_extension_moves_one_lessons_due_date_for_one_learner_only()
    {
        using var instructor = fixture.NewInstructor();
        using var extended = fixture.NewLearner();
        using var other = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        var enrolledAt = fixture.Clock.GetUtcNow();
        await EnrolAsync(extended.Client, course.Id);
        await EnrolAsync(other.Client, course.Id);
        var newDue = enrolledAt.AddDays(10);

        var granted = await ExpectAsync(
            await instructor.Client.PutAsJsonAsync($"/api/lessons/{course.Reading}/extensions/{extended.Id}", new { dueAt = newDue }),
            HttpStatusCode.OK);

        Assert.Equal(newDue, granted.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(newDue, DueOf(await ProgressAsync(extended.Client, course.Id), course.Reading));
        Assert.Equal(enrolledAt.AddDays(7), DueOf(await ProgressAsync(extended.Client, course.Id), course.Video));
        Assert.Equal(enrolledAt.AddDays(3), DueOf(await ProgressAsync(other.Client, course.Id), course.Reading));
        var dashboard = await GetAsync(extended.Client, "/api/me/enrollments");
        var next = dashboard.GetProperty("items")[0].GetProperty("nextDueDates").EnumerateArray().Select(d => d.GetProperty("lessonId").GetGuid());
        Assert.Equal([course.Video, course.Reading, course.QuizLesson], next);
    }

    [Fact]
    public async Task An_extension_for_someone_not_enrolled_or_before_the_enrolment_is_refused()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        var enrolledAt = fixture.Clock.GetUtcNow();
        await EnrolAsync(learner.Client, course.Id);

        var stranger = await instructor.Client.PutAsJsonAsync($"/api/lessons/{course.Reading}/extensions/{Guid.CreateVersion7()}", new { dueAt = fixture.Clock.GetUtcNow().AddDays(5) });
        var past = await instructor.Client.PutAsJsonAsync($"/api/lessons/{course.Reading}/extensions/{learner.Id}", new { dueAt = fixture.Clock.GetUtcNow().AddDays(-1) });
        var missing = await instructor.Client.PutAsJsonAsync($"/api/lessons/{course.Reading}/extensions/{learner.Id}", new { });

        await Problems.AssertProblemAsync(stranger, HttpStatusCode.NotFound);
        await Problems.AssertFieldErrorAsync(past, "dueAt");
        await Problems.AssertFieldErrorAsync(missing, "dueAt");
        Assert.Equal(enrolledAt.AddDays(3), DueOf(await ProgressAsync(learner.Client, course.Id), course.Reading));
    }
}
