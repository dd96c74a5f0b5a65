using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Testing;

namespace Azora.Assessment.Tests;

/// <summary>The time limit is the server's: answers and the submission count until the deadline plus grace, and not after.</summary>
[Collection(AssessmentCollection.Name)]
public sealed class TimeLimitTests(AssessmentFixture fixture)
{
    private async Task<(HttpClient Instructor, Guid QuizId)> TimedQuizAsync(int? maxAttempts = null)
    {
        var instructor = fixture.NewInstructor();
        var question = await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [question], timeLimitMinutes: 10, graceSeconds: 30, maxAttempts: maxAttempts);
        return (instructor, quizId);
    }

    [Fact]
    public async Task The_deadline_is_the_start_plus_the_time_limit()
    {
        var (instructor, quizId) = await TimedQuizAsync();
        using var _ = instructor;
        using var learner = fixture.NewLearner();

        var attempt = await Authoring.StartAsync(learner, quizId);

        var started = attempt.GetProperty("startedAt").GetDateTimeOffset();
        Assert.Equal(fixture.Clock.GetUtcNow(), started);
        Assert.Equal(started.AddMinutes(10), attempt.GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(started.AddMinutes(10).AddSeconds(30), attempt.GetProperty("acceptsUntil").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_submission_within_the_grace_period_is_accepted()
    {
        var (instructor, quizId) = await TimedQuizAsync();
        using var _ = instructor;
        using var learner = fixture.NewLearner();
        var attempt = await Authoring.StartAsync(learner, quizId);

        fixture.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(20));
        await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, value = true });
        var submitted = await Authoring.SubmitAsync(learner, attempt.Id());

        Assert.Equal("graded", submitted.GetProperty("state").GetString());
        Assert.Equal(1m, submitted.GetProperty("score").GetDecimal());
    }

    [Fact]
    public async Task After_the_grace_period_autosave_and_submission_are_refused_and_change_nothing()
    {
        var (instructor, quizId) = await TimedQuizAsync();
        using var _ = instructor;
        using var learner = fixture.NewLearner();
        var attempt = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, value = false });

        fixture.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(31));
        var lateSave = await learner.PutAsJsonAsync($"/api/attempts/{attempt.Id()}/answers", new { answers = new[] { new { position = 1, value = true } } });
        var lateSubmit = await learner.PostAsync($"/api/attempts/{attempt.Id()}/submit", null);

        await Problems.AssertProblemAsync(lateSave, HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(lateSubmit, HttpStatusCode.Conflict);
        var read = await learner.GetFromJsonAsync<JsonElement>($"/api/attempts/{attempt.Id()}");
        Assert.Equal("expired", read.GetProperty("state").GetString());
        Assert.False(read.Question(1).GetProperty("response").GetProperty("value").GetBoolean());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("submittedAt").ValueKind);
    }

    [Fact]
    public async Task Extra_time_from_an_override_moves_the_deadline_of_the_learners_next_attempt()
    {
        var (instructor, quizId) = await TimedQuizAsync();
        using var _ = instructor;
        var learnerId = Guid.CreateVersion7();
        using var learner = fixture.AsAccount(learnerId, Roles.Learner);

        var set = await instructor.PutAsJsonAsync($"/api/quizzes/{quizId}/overrides/{learnerId}", new { extraMinutes = 15, extraAttempts = 0 });
        set.EnsureSuccessStatusCode();
        var attempt = await Authoring.StartAsync(learner, quizId);

        Assert.Equal(attempt.GetProperty("startedAt").GetDateTimeOffset().AddMinutes(25), attempt.GetProperty("deadline").GetDateTimeOffset());
        fixture.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal("graded", (await Authoring.SubmitAsync(learner, attempt.Id())).GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_attempt_limit_holds_until_an_override_grants_more()
    {
        var (instructor, quizId) = await TimedQuizAsync(maxAttempts: 1);
        using var _ = instructor;
        var learnerId = Guid.CreateVersion7();
        using var learner = fixture.AsAccount(learnerId, Roles.Learner);
        var first = await Authoring.StartAsync(learner, quizId);
        await Authoring.SubmitAsync(learner, first.Id());

        var refused = await learner.PostAsync($"/api/quizzes/{quizId}/attempts", null);
        await Problems.AssertProblemAsync(refused, HttpStatusCode.Conflict);

        (await instructor.PutAsJsonAsync($"/api/quizzes/{quizId}/overrides/{learnerId}", new { extraAttempts = 1 })).EnsureSuccessStatusCode();
        var second = await Authoring.StartAsync(learner, quizId);
        Assert.Equal(2, second.GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task Starting_again_while_an_attempt_is_open_returns_that_attempt()
    {
        var (instructor, quizId) = await TimedQuizAsync(maxAttempts: 1);
        using var _ = instructor;
        using var learner = fixture.NewLearner();
        var first = await Authoring.StartAsync(learner, quizId);

        var again = await learner.PostAsync($"/api/quizzes/{quizId}/attempts", null);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.Id(), (await again.Content.ReadFromJsonAsync<JsonElement>()).Id());
    }

    [Fact]
    public async Task A_closed_quiz_refuses_new_attempts_and_caps_the_deadline_at_its_close()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var question = await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse());
        var closesAt = fixture.Clock.GetUtcNow().AddMinutes(5);
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [question], timeLimitMinutes: 60, closesAt: closesAt);

        var attempt = await Authoring.StartAsync(learner, quizId);
        Assert.Equal(closesAt, attempt.GetProperty("deadline").GetDateTimeOffset());

        fixture.Clock.Advance(TimeSpan.FromMinutes(7));
        using var late = fixture.NewLearner();
        await Problems.AssertProblemAsync(await late.PostAsync($"/api/quizzes/{quizId}/attempts", null), HttpStatusCode.Conflict);
    }
}
