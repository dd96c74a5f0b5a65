using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;

namespace Azora.Assessment.Tests;

/// <summary>Learners see only their own attempts; instructors only their own questions, quizzes and the attempts at them.</summary>
[Collection(AssessmentCollection.Name)]
public sealed class AuthorizationTests(AssessmentFixture fixture)
{
    private async Task<(HttpClient Owner, Guid QuestionId, Guid QuizId, HttpClient Learner, Guid AttemptId)> SubmittedAttemptAsync()
    {
        var owner = fixture.NewInstructor();
        var question = await Authoring.CreateQuestionIdAsync(owner, Authoring.Essay());
        var quizId = await Authoring.CreateQuizIdAsync(owner, [question]);
        var learner = fixture.NewLearner();
        var attempt = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, text = "Mine." });
        await Authoring.SubmitAsync(learner, attempt.Id());
        return (owner, question, quizId, learner, attempt.Id());
    }

    [Fact]
    public async Task A_learner_cannot_read_or_change_another_learners_attempt()
    {
        var (owner, _, _, learner, attemptId) = await SubmittedAttemptAsync();
        using var _o = owner;
        using var _l = learner;
        using var other = fixture.NewLearner();

        await Problems.AssertProblemAsync(await other.GetAsync($"/api/attempts/{attemptId}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await other.PutAsJsonAsync($"/api/attempts/{attemptId}/answers", new { answers = new[] { new { position = 1, text = "Theirs." } } }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await other.PostAsync($"/api/attempts/{attemptId}/submit", null), HttpStatusCode.NotFound);
        var own = await learner.GetFromJsonAsync<JsonElement>($"/api/attempts/{attemptId}");
        Assert.Equal("Mine.", own.Question(1).GetProperty("response").GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_instructor_cannot_see_or_grade_attempts_at_a_quiz_they_do_not_own()
    {
        var (owner, question, quizId, learner, attemptId) = await SubmittedAttemptAsync();
        using var _o = owner;
        using var _l = learner;
        using var stranger = fixture.NewInstructor();

        await Problems.AssertProblemAsync(await stranger.GetAsync($"/api/attempts/{attemptId}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await stranger.GetAsync($"/api/quizzes/{quizId}/grading-queue"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await stranger.GetAsync($"/api/quizzes/{quizId}/statistics"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await stranger.PostAsJsonAsync($"/api/attempts/{attemptId}/items/1/grade",
            new { levels = new Dictionary<string, string> { ["C1"] = "C1L3", ["C2"] = "C2L2" } }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await stranger.PostAsJsonAsync($"/api/quizzes/{quizId}/regrade", new { questionId = question }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await stranger.PutAsJsonAsync($"/api/quizzes/{quizId}/overrides/{Guid.CreateVersion7()}", new { extraMinutes = 5 }), HttpStatusCode.NotFound);
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>($"/api/quizzes/{quizId}/attempts")).EnumerateArray());
        Assert.Single((await owner.GetFromJsonAsync<JsonElement>($"/api/quizzes/{quizId}/attempts")).EnumerateArray());
        var ownerView = await owner.GetFromJsonAsync<JsonElement>($"/api/attempts/{attemptId}");
        Assert.Equal("awaitingGrading", ownerView.GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_instructor_cannot_read_edit_export_or_quiz_another_instructors_question()
    {
        using var owner = fixture.NewInstructor();
        using var stranger = fixture.NewInstructor();
        var question = await Authoring.CreateQuestionIdAsync(owner, Authoring.SingleChoice());

        await Problems.AssertProblemAsync(await stranger.GetAsync($"/api/questions/{question}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await stranger.GetAsync($"/api/questions/{question}/qti"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await stranger.PutAsJsonAsync($"/api/questions/{question}", Authoring.TrueFalse()), HttpStatusCode.NotFound);
        await Problems.AssertFieldErrorAsync(await stranger.PostAsJsonAsync("/api/quizzes", new { title = "Borrowed", questions = new[] { new { questionId = question } } }), "questions[0].questionId");
        Assert.Equal(1, (await owner.GetFromJsonAsync<JsonElement>($"/api/questions/{question}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_platform_admin_reads_any_bank_but_does_not_edit_it()
    {
        using var owner = fixture.NewInstructor();
        using var admin = fixture.NewAdmin();
        var question = await Authoring.CreateQuestionIdAsync(owner, Authoring.SingleChoice());

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/questions/{question}")).StatusCode);
        await Problems.AssertProblemAsync(await admin.PutAsJsonAsync($"/api/questions/{question}", Authoring.TrueFalse()), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_learner_cannot_author_and_an_instructor_without_the_learner_role_cannot_start_an_attempt()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var question = await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [question]);

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync("/api/questions", Authoring.TrueFalse())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync("/api/quizzes", new { title = "Mine", questions = new[] { new { questionId = question } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await instructor.PostAsync($"/api/quizzes/{quizId}/attempts", null)).StatusCode);
    }

    [Fact]
    public async Task Every_endpoint_refuses_an_anonymous_caller()
    {
        using var anonymous = fixture.Anonymous();
        var id = Guid.CreateVersion7();

        HttpResponseMessage[] responses =
        [
            await anonymous.GetAsync("/api/questions"),
            await anonymous.GetAsync($"/api/quizzes/{id}"),
            await anonymous.PostAsync($"/api/quizzes/{id}/attempts", null),
            await anonymous.GetAsync($"/api/attempts/{id}"),
            await anonymous.PostAsync($"/api/attempts/{id}/submit", null),
        ];

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }
}
