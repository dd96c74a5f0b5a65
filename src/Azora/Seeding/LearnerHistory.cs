using System.Text.Json;
using System.Text.Json.Nodes;

namespace Azora.Seeding;

/// <summary>
/// Gives the demo learner a history the way a learner makes one: enrolling, completing lessons and passing a quiz,
/// each through the public APIs. Every step is skipped when it is already done, so seeding twice changes nothing.
/// </summary>
public sealed class LearnerHistory(ApiCaller learner)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Enrols, completes every content lesson, passes the quiz and waits for the course to be completed.</summary>
    public async Task CompleteAsync(Guid courseId, DemoCourse course, CancellationToken cancellationToken)
    {
        var progress = await EnrolAsync(courseId, cancellationToken);
        if (progress.GetProperty("completedAt").ValueKind != JsonValueKind.Null)
        {
            return;
        }
        await CompleteLessonsAsync(progress, int.MaxValue, cancellationToken);
        await PassQuizAsync(courseId, course.Quiz, cancellationToken);
        await Eventually.WaitForAsync($"{course.Title} to be completed", async () =>
        {
            var now = await learner.GetAsync($"/azora-lms/api/courses/{courseId}/progress", cancellationToken);
            return now.GetProperty("completedAt").ValueKind == JsonValueKind.Null ? (bool?)null : true;
        }, EventTimeout, cancellationToken);
    }

    /// <summary>Enrols and completes the first <paramref name="lessons"/> content lessons.</summary>
    public async Task StartAsync(Guid courseId, int lessons, CancellationToken cancellationToken) =>
        await CompleteLessonsAsync(await EnrolAsync(courseId, cancellationToken), lessons, cancellationToken);

    private async Task<JsonElement> EnrolAsync(Guid courseId, CancellationToken cancellationToken)
    {
        await learner.PostAsync($"/azora-lms/api/courses/{courseId}/enrollments", null, cancellationToken);
        return await learner.GetAsync($"/azora-lms/api/courses/{courseId}/progress", cancellationToken);
    }

    private async Task CompleteLessonsAsync(JsonElement progress, int count, CancellationToken cancellationToken)
    {
        var lessons = progress.GetProperty("lessons").EnumerateArray().Where(l => l.GetProperty("kind").GetString() == "content").Take(count);
        foreach (var lesson in lessons.Where(l => !l.GetProperty("done").GetBoolean()))
        {
            await learner.PostAsync($"/azora-lms/api/lessons/{lesson.GetProperty("lessonId").GetGuid()}/completion", null, cancellationToken);
        }
    }

    private async Task PassQuizAsync(Guid courseId, DemoQuiz quiz, CancellationToken cancellationToken)
    {
        var course = await learner.GetAsync($"/azora-lms/api/courses/{courseId}", cancellationToken);
        var quizId = course.GetProperty("modules").EnumerateArray()
            .SelectMany(m => m.GetProperty("lessons").EnumerateArray())
            .Select(l => l.GetProperty("quizId"))
            .First(id => id.ValueKind == JsonValueKind.String)
            .GetGuid();
        var attempt = await learner.PostAsync($"/azora-assessment/api/quizzes/{quizId}/attempts", null, cancellationToken);
        var attemptId = attempt.GetProperty("id").GetGuid();
        var answers = new List<JsonObject>();
        foreach (var question in attempt.GetProperty("questions").EnumerateArray())
        {
            var text = question.GetProperty("text").GetString();
            if (quiz.Questions.Single(q => q.Text == text).CorrectAnswer is not { } correct)
            {
                continue;
            }
            var answer = JsonSerializer.SerializeToNode(correct(question))!.AsObject();
            answer["position"] = question.GetProperty("position").GetInt32();
            answers.Add(answer);
        }
        await learner.PutAsync($"/azora-assessment/api/attempts/{attemptId}/answers", new { answers }, cancellationToken);
        await learner.PostAsync($"/azora-assessment/api/attempts/{attemptId}/submit", null, cancellationToken);
    }
}
