using System.Net;
using System.Net.Http.Json;
using Azora.Contracts;
using Azora.Contracts.Assessment;
using Azora.Testing;

namespace Azora.Assessment.Tests;

/// <summary><c>AttemptGraded</c> goes out once per grade: on an auto-graded submit, after manual grading, after a regrade.</summary>
[Collection(AssessmentCollection.Name)]
public sealed class AttemptGradedTests(AssessmentFixture fixture)
{
    [Fact]
    public async Task An_auto_graded_submit_publishes_one_event_with_the_grade()
    {
        using var instructor = fixture.NewInstructor();
        var learnerId = Guid.CreateVersion7();
        using var learner = fixture.AsAccount(learnerId, Roles.Learner);
        var question = await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [question], passMarkPercent: 100);
        var attempt = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, choices = new[] { "B" } });

        var events = await PublishedEvents.DuringAsync<AttemptGraded>(fixture.Platform, () => Authoring.SubmitAsync(learner, attempt.Id()));

        var graded = Assert.Single(events);
        Assert.Equal((attempt.Id(), quizId, learnerId, 1), (graded.AttemptId, graded.QuizId, graded.LearnerId, graded.AttemptNumber));
        Assert.Equal((2m, 2m, 100m, true, 1), (graded.Score, graded.MaxScore, graded.Percent, graded.Passed, graded.GradeRevision));
        Assert.Equal(fixture.Clock.GetUtcNow(), graded.GradedAt);

        var again = await PublishedEvents.DuringAsync<AttemptGraded>(fixture.Platform, async () =>
            Assert.Equal(HttpStatusCode.Conflict, (await learner.PostAsync($"/api/attempts/{attempt.Id()}/submit", null)).StatusCode));
        Assert.Empty(again);
    }

    [Fact]
    public async Task An_attempt_with_an_essay_publishes_only_when_the_essay_is_graded_and_again_on_a_regrade()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var essay = await Authoring.CreateQuestionIdAsync(instructor, Authoring.Essay());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [essay]);
        var attempt = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, text = "Chlorophyll." });

        Assert.Empty(await PublishedEvents.DuringAsync<AttemptGraded>(fixture.Platform, () => Authoring.SubmitAsync(learner, attempt.Id())));

        var first = await PublishedEvents.DuringAsync<AttemptGraded>(fixture.Platform, async () =>
            (await instructor.PostAsJsonAsync($"/api/attempts/{attempt.Id()}/items/1/grade",
                new { levels = new Dictionary<string, string> { ["C1"] = "C1L1", ["C2"] = "C2L2" } })).EnsureSuccessStatusCode());
        var regraded = await PublishedEvents.DuringAsync<AttemptGraded>(fixture.Platform, async () =>
            (await instructor.PostAsJsonAsync($"/api/attempts/{attempt.Id()}/items/1/grade",
                new { levels = new Dictionary<string, string> { ["C1"] = "C1L3", ["C2"] = "C2L2" } })).EnsureSuccessStatusCode());

        Assert.Equal((4m, 1), (Assert.Single(first).Score, first[0].GradeRevision));
        Assert.Equal((10m, 2), (Assert.Single(regraded).Score, regraded[0].GradeRevision));
    }

    [Fact]
    public async Task A_regrade_publishes_the_next_revision_for_each_regraded_attempt()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var question = await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [question]);
        var attempt = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, value = false });
        await Authoring.SubmitAsync(learner, attempt.Id());
        (await instructor.PutAsJsonAsync($"/api/questions/{question}", new { type = "trueFalse", text = "Corrected.", points = 1, correct = false })).EnsureSuccessStatusCode();

        var events = await PublishedEvents.DuringAsync<AttemptGraded>(fixture.Platform, async () =>
            (await instructor.PostAsJsonAsync($"/api/quizzes/{quizId}/regrade", new { questionId = question })).EnsureSuccessStatusCode());

        var regraded = Assert.Single(events);
        Assert.Equal((attempt.Id(), 2, 1m, true), (regraded.AttemptId, regraded.GradeRevision, regraded.Score, regraded.Passed));
    }
}
