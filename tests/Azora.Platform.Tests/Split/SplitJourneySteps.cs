using System.Text.Json;

namespace Azora.Platform.Tests.Split;

/// <summary>
/// The learning journey's steps (as in <see cref="Journey.LearningJourney"/>), each an HTTP call through the gateway of the
/// split platform: an instructor authors and publishes a course with two lessons and a quiz; a learner enrols, reads the
/// lessons and takes the quiz.
/// </summary>
internal static class SplitJourneySteps
{
    private static readonly (string Text, string[] Choices, int Correct)[] Questions =
    [
        ("Which planet is closest to the sun?", ["Venus", "Mercury", "Mars"], 1),
        ("How many sides has a hexagon?", ["Five", "Six", "Eight"], 1),
    ];

    public sealed record AuthoredCourse(Guid Id, Guid QuizId);

    public static async Task<AuthoredCourse> AuthorCourseAsync(Member instructor, string title)
    {
        var slots = new List<object>();
        foreach (var (text, choices, correct) in Questions)
        {
            var question = await instructor.PostAsync("/azora-assessment/api/questions", new
            {
                type = "singleChoice",
                text,
                choices = choices.Select((choice, index) => new { text = choice, correct = index == correct }).ToArray(),
            });
            slots.Add(new { questionId = question.GetProperty("id").GetGuid() });
        }
        var quizId = (await instructor.PostAsync("/azora-assessment/api/quizzes",
            new { title = "Check your understanding", questions = slots, passMarkPercent = 60, feedbackMode = "immediate" })).GetProperty("id").GetGuid();

        var courseId = (await instructor.PostAsync("/azora-lms/api/courses", new
        {
            title,
            summary = "Planets and shapes in a short course.",
            subject = "Science",
            level = "beginner",
            language = "en",
            priceMinor = 0,
            skills = new[] { "science" },
        })).GetProperty("id").GetGuid();
        await instructor.PutAsync($"/azora-lms/api/courses/{courseId}/gradebook/categories",
            new { categories = new[] { new { name = "Quizzes", weight = 100, dropLowest = 0 } } });
        var moduleId = (await instructor.PostAsync($"/azora-lms/api/courses/{courseId}/modules", new { title = "The basics" })).GetProperty("id").GetGuid();
        foreach (var lesson in new[] { "The solar system", "Shapes around us" })
        {
            var item = await instructor.PostAsync("/azora-content/api/items", new { title = lesson, kind = "lesson", markdown = $"# {lesson}\n\nRead this carefully." });
            var itemId = item.GetProperty("item").GetProperty("id").GetGuid();
            await instructor.PostAsync($"/azora-content/api/items/{itemId}/versions/1/submit", null);
            await instructor.PostAsync($"/azora-content/api/items/{itemId}/versions/1/publish", null);
            await instructor.PostAsync($"/azora-lms/api/modules/{moduleId}/lessons", new { title = lesson, kind = "content", contentItemId = itemId });
        }
        await instructor.PostAsync($"/azora-lms/api/modules/{moduleId}/lessons",
            new { title = "Check your understanding", kind = "quiz", quizId, gradeCategory = "Quizzes" });
        await instructor.PostAsync($"/azora-lms/api/courses/{courseId}/publish", null);
        return new AuthoredCourse(courseId, quizId);
    }

    public static async Task EnrolAndReadTheLessonsAsync(Member learner, Guid courseId)
    {
        await learner.PostAsync($"/azora-lms/api/courses/{courseId}/enrollments", null);
        var progress = await learner.GetAsync($"/azora-lms/api/courses/{courseId}/progress");
        foreach (var lesson in progress.GetProperty("lessons").EnumerateArray().Where(l => l.GetProperty("kind").GetString() == "content"))
        {
            await learner.PostAsync($"/azora-lms/api/lessons/{lesson.GetProperty("lessonId").GetGuid()}/completion", null);
        }
    }

    public static async Task<JsonElement> TakeQuizAsync(Member learner, Guid quizId, bool correctly)
    {
        var attempt = await learner.PostAsync($"/azora-assessment/api/quizzes/{quizId}/attempts", null);
        var attemptId = attempt.GetProperty("id").GetGuid();
        var answers = attempt.GetProperty("questions").EnumerateArray().Select(shown =>
        {
            var question = Questions.Single(q => q.Text == shown.GetProperty("text").GetString());
            var choice = correctly ? question.Correct : (question.Correct + 1) % question.Choices.Length;
            return new { position = shown.GetProperty("position").GetInt32(), choices = new[] { ((char)('A' + choice)).ToString() } };
        }).ToArray();
        await learner.PutAsync($"/azora-assessment/api/attempts/{attemptId}/answers", new { answers });
        return await learner.PostAsync($"/azora-assessment/api/attempts/{attemptId}/submit", null);
    }

    /// <summary>The learner's credentials for the course, or null while azora-credentials cannot answer (it may be restarting).</summary>
    public static async Task<List<JsonElement>?> CourseCredentialsAsync(Member learner, Guid courseId)
    {
        using var response = await learner.Client.GetAsync("/azora-credentials/api/wallet");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }
        var wallet = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return [.. wallet.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("sourceId").GetGuid() == courseId).Select(c => c.Clone())];
    }

    public static string Marker() =>
        "split" + new string([.. Guid.NewGuid().ToString("N")[..12].Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c)]);
}
