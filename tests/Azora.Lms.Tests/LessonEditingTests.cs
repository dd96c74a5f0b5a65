using System.Net;
using System.Net.Http.Json;
using Azora.Testing;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>An instructor corrects a lesson in place; its kind, place and learners' completions stay.</summary>
[Collection(LmsCollection.Name)]
public sealed class LessonEditingTests(LmsFixture fixture)
{
    [Fact]
    public async Task An_edited_lesson_keeps_its_place_and_completions_and_its_new_due_offset_applies_to_enrolled_learners()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        await EnrolAsync(learner.Client, course.Id);
        await CompleteAsync(learner.Client, course.Video);

        var edited = await ExpectAsync(
            await instructor.Client.PutAsJsonAsync($"/api/lessons/{course.Video}", Video("Joins, re-recorded", dueOffsetDays: 10)),
            HttpStatusCode.OK);

        Assert.Equal("Joins, re-recorded", edited.GetProperty("title").GetString());
        Assert.Equal(2, edited.GetProperty("position").GetInt32());
        var progress = await ProgressAsync(learner.Client, course.Id);
        var video = progress.GetProperty("lessons")[1];
        Assert.Equal(course.Video, video.GetProperty("lessonId").GetGuid());
        Assert.True(video.GetProperty("done").GetBoolean());
        Assert.Equal(progress.GetProperty("enrolledAt").GetDateTimeOffset().AddDays(10), video.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_lesson_cannot_change_its_kind_lose_its_captions_or_be_edited_by_a_learner()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);

        var kind = await instructor.Client.PutAsJsonAsync($"/api/lessons/{course.Video}", Reading("Now a reading"));
        var captions = await instructor.Client.PutAsJsonAsync($"/api/lessons/{course.Video}", new { title = "Joins", kind = "video", videoUrl = "https://v.test/a.mp4" });
        var byLearner = await learner.Client.PutAsJsonAsync($"/api/lessons/{course.Video}", Video("Mine"));
        var unknown = await instructor.Client.PutAsJsonAsync($"/api/lessons/{Guid.CreateVersion7()}", Video());

        await Problems.AssertFieldErrorAsync(kind, "kind");
        await Problems.AssertFieldErrorAsync(captions, "captionsUrl");
        await Problems.AssertProblemAsync(byLearner, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        var lesson = (await GetAsync(instructor.Client, $"/api/courses/{course.Id}")).GetProperty("modules")[0].GetProperty("lessons")[1];
        Assert.Equal(("video", "Joins, explained", "https://media.azora.test/joins.vtt"),
            (lesson.GetProperty("kind").GetString(), lesson.GetProperty("title").GetString(), lesson.GetProperty("captionsUrl").GetString()));
    }
}
