using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;

namespace Azora.Assessment.Tests;

/// <summary>The quiz's owner changes its settings; its questions stay, and nobody else may change them.</summary>
[Collection(AssessmentCollection.Name)]
public sealed class QuizSettingsTests(AssessmentFixture fixture)
{
    private static object Settings(string title = "Capitals, revised", int? timeLimitMinutes = 20, int? maxAttempts = 2, string feedbackMode = "afterGrading",
        DateTimeOffset? closesAt = null) =>
        new { title, passMarkPercent = 70, timeLimitMinutes, graceSeconds = 30, maxAttempts, feedbackMode, closesAt };

    [Fact]
    public async Task The_owner_changes_the_settings_and_the_questions_stay()
    {
        using var instructor = fixture.NewInstructor();
        var question = await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [question]);

        var response = await instructor.PutAsJsonAsync($"api/quizzes/{quizId}/settings", Settings());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var quiz = await instructor.GetFromJsonAsync<JsonElement>($"api/quizzes/{quizId}");
        Assert.Equal(("Capitals, revised", 70m, 20, 30, 2, "afterGrading"), (
            quiz.GetProperty("title").GetString(), quiz.GetProperty("passMarkPercent").GetDecimal(), quiz.GetProperty("timeLimitMinutes").GetInt32(),
            quiz.GetProperty("graceSeconds").GetInt32(), quiz.GetProperty("maxAttempts").GetInt32(), quiz.GetProperty("feedbackMode").GetString()));
        Assert.Equal(question, quiz.GetProperty("slots")[0].GetProperty("questionId").GetGuid());
    }

    [Fact]
    public async Task Bad_settings_another_instructor_a_learner_and_an_unknown_quiz_are_refused_and_change_nothing()
    {
        using var instructor = fixture.NewInstructor();
        using var other = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice())]);

        var blank = await instructor.PutAsJsonAsync($"api/quizzes/{quizId}/settings", Settings(title: "  "));
        var afterClose = await instructor.PutAsJsonAsync($"api/quizzes/{quizId}/settings", Settings(feedbackMode: "afterClose"));
        var past = await instructor.PutAsJsonAsync($"api/quizzes/{quizId}/settings", Settings(closesAt: fixture.Clock.GetUtcNow().AddDays(-1)));
        var limit = await instructor.PutAsJsonAsync($"api/quizzes/{quizId}/settings", Settings(timeLimitMinutes: 0));
        var byOther = await other.PutAsJsonAsync($"api/quizzes/{quizId}/settings", Settings());
        var byLearner = await learner.PutAsJsonAsync($"api/quizzes/{quizId}/settings", Settings());
        var unknown = await instructor.PutAsJsonAsync($"api/quizzes/{Guid.CreateVersion7()}/settings", Settings());

        await Problems.AssertFieldErrorAsync(blank, "title");
        await Problems.AssertFieldErrorAsync(afterClose, "feedbackMode");
        await Problems.AssertFieldErrorAsync(past, "closesAt");
        await Problems.AssertFieldErrorAsync(limit, "timeLimitMinutes");
        await Problems.AssertProblemAsync(byOther, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(byLearner, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        var quiz = await instructor.GetFromJsonAsync<JsonElement>($"api/quizzes/{quizId}");
        Assert.Equal(("Quiz", "immediate"), (quiz.GetProperty("title").GetString(), quiz.GetProperty("feedbackMode").GetString()));
    }
}
