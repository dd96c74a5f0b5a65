using System.Text.Json;
using Azora.Bench.Harness;

namespace Azora.Bench.Scenarios;

/// <summary>
/// Courses the benchmark authors for itself through azora-lms, as the demo instructor: a course, one module, its
/// content lessons (a content item id only has to be a well-formed id for azora-lms), published.
/// </summary>
public static class BenchCourses
{
    /// <summary>How many authoring calls run at once while preparing data.</summary>
    public const int Parallelism = 16;

    public static readonly string[] Subjects = ["Data", "Programming", "Design", "Business", "Languages"];

    public static readonly string[] Words = ["databases", "python", "statistics", "networks", "typography", "finance", "spanish", "cloud"];

    /// <summary>Creates and publishes one course; returns its id and its lessons' ids in order.</summary>
    public static async Task<(Guid CourseId, IReadOnlyList<Guid> LessonIds)> PublishAsync(BenchClient instructor, int number, int lessons)
    {
        var word = Words[number % Words.Length];
        var created = await instructor.PostAsync("/azora-lms/api/courses", new
        {
            title = $"Bench course {number}: {word}",
            summary = $"A course the benchmark made about {word}.",
            subject = Subjects[number % Subjects.Length],
            level = "beginner",
            language = "en",
        });
        var courseId = created.GetProperty("id").GetGuid();
        var module = await instructor.PostAsync($"/azora-lms/api/courses/{courseId}/modules", new { title = "The only module" });
        var moduleId = module.GetProperty("id").GetGuid();
        var lessonIds = new List<Guid>(lessons);
        for (var i = 1; i <= lessons; i++)
        {
            var lesson = await instructor.PostAsync($"/azora-lms/api/modules/{moduleId}/lessons",
                new { title = $"Lesson {i}", kind = "content", contentItemId = Guid.CreateVersion7() });
            lessonIds.Add(lesson.GetProperty("id").GetGuid());
        }
        await instructor.PostAsync($"/azora-lms/api/courses/{courseId}/publish", null);
        return (courseId, lessonIds);
    }

    /// <summary>Polls until <paramref name="done"/> holds, up to <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(string what, Func<Task<bool>> done, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!await done())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout} for {what}.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    public static int TotalOf(JsonElement page) => page.GetProperty("total").GetInt32();
}
