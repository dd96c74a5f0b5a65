using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Assessment.Tests;

/// <summary>Random draws from tagged categories, and the feedback modes.</summary>
[Collection(AssessmentCollection.Name)]
public sealed class QuizTests(AssessmentFixture fixture)
{
    [Fact]
    public async Task A_draw_picks_distinct_questions_from_the_tag_besides_the_fixed_ones()
    {
        using var instructor = fixture.NewInstructor();
        var fixedQuestion = await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice("algebra"));
        var tagged = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            tagged.Add(await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice("algebra")));
        }
        await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice("geometry"));
        var quiz = await Authoring.CreateQuizAsync(instructor, new
        {
            title = "Algebra check",
            questions = new object[] { new { questionId = fixedQuestion }, new { tag = "Algebra", count = 3 } },
        });
        Assert.Equal(4, quiz.GetProperty("questionCount").GetInt32());

        var seen = new HashSet<Guid>();
        for (var i = 0; i < 6; i++)
        {
            using var learner = fixture.NewLearner();
            var attempt = await Authoring.StartAsync(learner, quiz.Id());
            var ids = attempt.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("questionId").GetGuid()).ToList();
            Assert.Equal(4, ids.Distinct().Count());
            Assert.Equal(fixedQuestion, ids[0]);
            Assert.All(ids.Skip(1), id => Assert.Contains(id, tagged));
            seen.UnionWith(ids.Skip(1));
        }
        Assert.True(seen.Count >= 3);
    }

    [Fact]
    public async Task A_draw_larger_than_the_category_is_refused()
    {
        using var instructor = fixture.NewInstructor();
        await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice("rare"));

        var response = await instructor.PostAsJsonAsync("/api/quizzes", new { title = "Too many", questions = new object[] { new { tag = "rare", count = 2 } } });

        await Azora.Testing.Problems.AssertFieldErrorAsync(response, "questions[0].count");
    }

    [Fact]
    public async Task Deferred_feedback_hides_the_score_until_grading_completes()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var trueFalse = await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse());
        var essay = await Authoring.CreateQuestionIdAsync(instructor, Authoring.Essay());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [trueFalse, essay], feedbackMode: "afterGrading");
        var attempt = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, value = true });

        var submitted = await Authoring.SubmitAsync(learner, attempt.Id());

        Assert.False(submitted.GetProperty("feedbackAvailable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, submitted.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, submitted.Question(1).GetProperty("feedback").ValueKind);
        var ownerView = await instructor.GetFromJsonAsync<JsonElement>($"/api/attempts/{attempt.Id()}");
        Assert.Equal(1m, ownerView.Question(1).GetProperty("feedback").GetProperty("score").GetDecimal());

        (await instructor.PostAsJsonAsync($"/api/attempts/{attempt.Id()}/items/2/grade",
            new { levels = new Dictionary<string, string> { ["C1"] = "C1L3", ["C2"] = "C2L1" } })).EnsureSuccessStatusCode();
        var graded = await learner.GetFromJsonAsync<JsonElement>($"/api/attempts/{attempt.Id()}");
        Assert.True(graded.GetProperty("feedbackAvailable").GetBoolean());
        Assert.Equal(7m, graded.GetProperty("score").GetDecimal());
    }

    [Fact]
    public async Task Feedback_after_close_waits_for_the_close_date()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var trueFalse = await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [trueFalse], feedbackMode: "afterClose", closesAt: fixture.Clock.GetUtcNow().AddMinutes(3));
        var attempt = await Authoring.StartAsync(learner, quizId);

        var submitted = await Authoring.SubmitAsync(learner, attempt.Id());
        Assert.False(submitted.GetProperty("feedbackAvailable").GetBoolean());

        fixture.Clock.Advance(TimeSpan.FromMinutes(4));
        var afterClose = await learner.GetFromJsonAsync<JsonElement>($"/api/attempts/{attempt.Id()}");
        Assert.True(afterClose.GetProperty("feedbackAvailable").GetBoolean());
        Assert.Equal(0m, afterClose.GetProperty("score").GetDecimal());
    }

    [Fact]
    public async Task The_owner_reads_item_analysis_over_first_attempts()
    {
        using var instructor = fixture.NewInstructor();
        var first = await Authoring.CreateQuestionIdAsync(instructor, new { type = "trueFalse", text = "One", points = 1, correct = true });
        var second = await Authoring.CreateQuestionIdAsync(instructor, new { type = "trueFalse", text = "Two", points = 2, correct = true });
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [first, second], maxAttempts: 2);
        // First attempts score (x1, x2) = (1, 2), (1, 0), (0, 0), (0, 0); the rest of the test for question 1 is x2.
        (bool, bool)[] answers = [(true, true), (true, false), (false, false), (false, false)];
        foreach (var (one, two) in answers)
        {
            using var learner = fixture.NewLearner();
            var attempt = await Authoring.StartAsync(learner, quizId);
            await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, value = one }, new { position = 2, value = two });
            await Authoring.SubmitAsync(learner, attempt.Id());
            // A second attempt, all right, must not count.
            var retry = await Authoring.StartAsync(learner, quizId);
            await Authoring.AnswerAsync(learner, retry.Id(), new { position = 1, value = true }, new { position = 2, value = true });
            await Authoring.SubmitAsync(learner, retry.Id());
        }

        var statistics = await instructor.GetFromJsonAsync<JsonElement>($"/api/quizzes/{quizId}/statistics");

        Assert.Equal(4, statistics.GetProperty("attemptCount").GetInt32());
        var items = statistics.GetProperty("items");
        // Facility: question 1 mean 2/4 = 0.5 of 1 point = 50; question 2 mean 2/4 = 0.5 of 2 points = 25.
        Assert.Equal(50, items[0].GetProperty("facilityIndex").GetDouble(), 6);
        Assert.Equal(25, items[1].GetProperty("facilityIndex").GetDouble(), 6);
        // Question 1 against x2 (mean 0.5): C = (0.5*1.5 + 0.5*(-0.5) + (-0.5)(-0.5) + (-0.5)(-0.5)) / 3 = 1/3,
        // V(x1) = 1/3, V(x2) = (2.25 + 0.25 * 3) / 3 = 1, so D1 = 100 * (1/3) / sqrt(1/3) = 57.735027.
        Assert.Equal(57.735027, items[0].GetProperty("discriminationIndex").GetDouble(), 5);
    }
}
