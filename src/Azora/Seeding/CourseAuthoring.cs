namespace Azora.Seeding;

/// <summary>
/// An instructor builds one demo course the way the studio does: each lesson written and published in azora-content,
/// the quiz's questions and the quiz in azora-assessment, then the course, its modules and lessons in azora-lms,
/// published.
/// </summary>
public sealed class CourseAuthoring(ApiCaller instructor)
{
    public const string QuizCategory = "Quizzes";

    /// <summary>Creates and publishes <paramref name="course"/>; returns its course id.</summary>
    public async Task<Guid> PublishAsync(DemoCourse course, CancellationToken cancellationToken)
    {
        var quizId = await CreateQuizAsync(course.Quiz, cancellationToken);
        var created = await instructor.PostAsync("/azora-lms/api/courses", new
        {
            title = course.Title,
            summary = course.Summary,
            subject = course.Subject,
            level = course.Level,
            language = course.Language,
            priceMinor = course.PriceMinor,
            currency = DemoCourse.Currency,
            skills = course.Skills,
        }, cancellationToken);
        var courseId = created.GetProperty("id").GetGuid();
        await instructor.PutAsync($"/azora-lms/api/courses/{courseId}/gradebook/categories",
            new { categories = new[] { new { name = QuizCategory, weight = 100, dropLowest = 0 } } }, cancellationToken);

        foreach (var module in course.Modules)
        {
            var moduleId = await AddModuleAsync(courseId, module.Title, cancellationToken);
            foreach (var lesson in module.Lessons)
            {
                var contentItemId = await PublishLessonContentAsync(lesson, cancellationToken);
                await instructor.PostAsync($"/azora-lms/api/modules/{moduleId}/lessons",
                    new { title = lesson.Title, kind = "content", contentItemId, dueOffsetDays = lesson.DueAfterDays }, cancellationToken);
            }
        }
        var quizModuleId = await AddModuleAsync(courseId, "Check your understanding", cancellationToken);
        var dueAfterDays = course.Modules.SelectMany(m => m.Lessons).Max(l => l.DueAfterDays) + 4;
        await instructor.PostAsync($"/azora-lms/api/modules/{quizModuleId}/lessons",
            new { title = course.Quiz.Title, kind = "quiz", quizId, dueOffsetDays = dueAfterDays, gradeCategory = QuizCategory }, cancellationToken);

        await instructor.PostAsync($"/azora-lms/api/courses/{courseId}/publish", null, cancellationToken);
        return courseId;
    }

    private async Task<Guid> AddModuleAsync(Guid courseId, string title, CancellationToken cancellationToken) =>
        (await instructor.PostAsync($"/azora-lms/api/courses/{courseId}/modules", new { title }, cancellationToken)).GetProperty("id").GetGuid();

    private async Task<Guid> PublishLessonContentAsync(DemoLesson lesson, CancellationToken cancellationToken)
    {
        var item = await instructor.PostAsync("/azora-content/api/items", new { title = lesson.Title, kind = "lesson", markdown = lesson.Markdown }, cancellationToken);
        var itemId = item.GetProperty("item").GetProperty("id").GetGuid();
        await instructor.PostAsync($"/azora-content/api/items/{itemId}/versions/1/submit", null, cancellationToken);
        await instructor.PostAsync($"/azora-content/api/items/{itemId}/versions/1/publish", null, cancellationToken);
        return itemId;
    }

    private async Task<Guid> CreateQuizAsync(DemoQuiz quiz, CancellationToken cancellationToken)
    {
        var slots = new List<object>();
        foreach (var question in quiz.Questions)
        {
            var created = await instructor.PostAsync("/azora-assessment/api/questions", question.Definition, cancellationToken);
            slots.Add(new { questionId = created.GetProperty("id").GetGuid() });
        }
        var quizCreated = await instructor.PostAsync("/azora-assessment/api/quizzes", new
        {
            title = quiz.Title,
            questions = slots,
            passMarkPercent = quiz.PassMarkPercent,
            timeLimitMinutes = quiz.TimeLimitMinutes,
            feedbackMode = "immediate",
        }, cancellationToken);
        return quizCreated.GetProperty("id").GetGuid();
    }
}
