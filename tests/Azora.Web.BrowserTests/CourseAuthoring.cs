namespace Azora.Web.BrowserTests;

/// <summary>A published course (free unless priced) for the visitor to find: two lessons to read and a three-question quiz (60% to pass).</summary>
internal static class CourseAuthoring
{
    public static readonly (string Text, string[] Choices, int Correct)[] Questions =
    [
        ("Which planet is closest to the sun?", ["Venus", "Mercury", "Mars"], 1),
        ("How many sides has a hexagon?", ["Five", "Six", "Eight"], 1),
        ("Which gas do plants take in to photosynthesise?", ["Carbon dioxide", "Oxygen", "Nitrogen"], 0),
    ];

    public static readonly string[] Lessons = ["The solar system", "Shapes around us"];

    public const string Essay = "Explain in a few sentences why the moon shines.";

    public static readonly (int Level, string Title, string Points)[] EssayLevels = [(1, "Wrong", "0"), (2, "Partly right", "1"), (3, "Right", "2")];

    public sealed record Authored(Guid CourseId, Guid QuizId, string Title);

    public static async Task<Authored> PublishAsync(Member instructor, string title, long priceMinor = 0)
    {
        var api = instructor.Api;
        var slots = new List<object>();
        foreach (var (text, choices, correct) in Questions)
        {
            var question = await api.PostAsync("/azora-assessment/api/questions", new
            {
                type = "singleChoice",
                text,
                choices = choices.Select((choice, index) => new { text = choice, correct = index == correct }).ToArray(),
            }, default);
            slots.Add(new { questionId = question.GetProperty("id").GetGuid() });
        }
        var quizId = (await api.PostAsync("/azora-assessment/api/quizzes",
            new { title = "Check your understanding", questions = slots, passMarkPercent = 60, feedbackMode = "immediate" }, default)).GetProperty("id").GetGuid();

        var courseId = (await api.PostAsync("/azora-lms/api/courses", new
        {
            title,
            summary = "Planets, shapes and plants in a short course.",
            subject = "Science",
            level = "beginner",
            language = "en",
            priceMinor,
            skills = new[] { "science", "geometry" },
        }, default)).GetProperty("id").GetGuid();
        await api.PutAsync($"/azora-lms/api/courses/{courseId}/gradebook/categories",
            new { categories = new[] { new { name = "Quizzes", weight = 100, dropLowest = 0 } } }, default);
        var moduleId = (await api.PostAsync($"/azora-lms/api/courses/{courseId}/modules", new { title = "The basics" }, default)).GetProperty("id").GetGuid();
        foreach (var lesson in Lessons)
        {
            var item = await api.PostAsync("/azora-content/api/items",
                new { title = lesson, kind = "lesson", markdown = $"# {lesson}\n\nRead this carefully; the quiz asks about it." }, default);
            var itemId = item.GetProperty("item").GetProperty("id").GetGuid();
            await api.PostAsync($"/azora-content/api/items/{itemId}/versions/1/submit", null, default);
            await api.PostAsync($"/azora-content/api/items/{itemId}/versions/1/publish", null, default);
            await api.PostAsync($"/azora-lms/api/modules/{moduleId}/lessons", new { title = lesson, kind = "content", contentItemId = itemId }, default);
        }
        await api.PostAsync($"/azora-lms/api/modules/{moduleId}/lessons",
            new { title = "Check your understanding", kind = "quiz", quizId, gradeCategory = "Quizzes" }, default);
        await api.PostAsync($"/azora-lms/api/courses/{courseId}/publish", null, default);
        return new Authored(courseId, quizId, title);
    }

    /// <summary>
    /// The learner enrols in the instructor's course and submits an attempt at its quiz lesson's quiz, answering each
    /// question with its first choice or, for an essay, a few sentences; returns the quiz's id.
    /// </summary>
    public static async Task<Guid> TakeQuizWithAnEssayAsync(Member learner, Member instructor, Guid courseId)
    {
        var course = await instructor.Api.GetAsync($"/azora-lms/api/courses/{courseId}", default);
        var quizId = course.GetProperty("modules").EnumerateArray().SelectMany(m => m.GetProperty("lessons").EnumerateArray())
            .Single(l => l.GetProperty("kind").GetString() == "quiz").GetProperty("quizId").GetGuid();
        await learner.Api.PostAsync($"/azora-lms/api/courses/{courseId}/enrollments", null, default);
        var attempt = await learner.Api.PostAsync($"/azora-assessment/api/quizzes/{quizId}/attempts", null, default);
        var attemptId = attempt.GetProperty("id").GetGuid();
        var answers = attempt.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("type").GetString() == "essay"
            ? (object)new { position = q.GetProperty("position").GetInt32(), text = "The moon reflects the light of the sun." }
            : new { position = q.GetProperty("position").GetInt32(), choices = new[] { q.GetProperty("choices")[0].GetProperty("id").GetString() } }).ToArray();
        await learner.Api.PutAsync($"/azora-assessment/api/attempts/{attemptId}/answers", new { answers }, default);
        await learner.Api.PostAsync($"/azora-assessment/api/attempts/{attemptId}/submit", null, default);
        return quizId;
    }

    /// <summary>A word no other test uses, to find this test's course by text search.</summary>
    public static string Marker() =>
        "portal" + new string([.. Guid.NewGuid().ToString("N")[..10].Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c)]);
}
