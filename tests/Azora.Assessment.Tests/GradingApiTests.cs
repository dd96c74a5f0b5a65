using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Assessment.Tests;

/// <summary>Each question type graded through the API: start, autosave, submit, read the feedback.</summary>
[Collection(AssessmentCollection.Name)]
public sealed class GradingApiTests(AssessmentFixture fixture)
{
    [Fact]
    public async Task Every_objective_type_is_graded_on_submit_and_the_attempt_shows_no_answers_before()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        Guid[] questions =
        [
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice()),
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.MultipleChoice()),
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse()),
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.Numeric()),
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.ShortAnswer()),
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.Matching()),
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.Ordering()),
        ];
        var quizId = await Authoring.CreateQuizIdAsync(instructor, questions, passMarkPercent: 60);

        var attempt = await Authoring.StartAsync(learner, quizId);
        var raw = attempt.GetRawText();
        Assert.DoesNotContain("\"correct\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Jupiter", raw, StringComparison.Ordinal);
        Assert.Equal(7, attempt.GetProperty("questions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, attempt.Question(1).GetProperty("feedback").ValueKind);
        Assert.Equal(["m", "cm"], attempt.Question(4).GetProperty("units").EnumerateArray().Select(u => u.GetString()));
        // Matches and items carry this attempt's own ids, which say nothing of the answer.
        var shownIds = attempt.Question(6).GetProperty("matches").EnumerateArray().Concat(attempt.Question(7).GetProperty("items").EnumerateArray())
            .Select(o => o.GetProperty("id").GetString()!).ToList();
        Assert.Equal(7, shownIds.Distinct().Count());
        Assert.All(shownIds, id => Assert.DoesNotMatch("^[MI][0-9]+$", id));
        var matching = attempt.Question(6);
        var ordering = attempt.Question(7);

        var id = attempt.Id();
        await Authoring.AnswerAsync(learner, id,
            new { position = 1, choices = new[] { "B" } },                                   // 2 of 2
            new { position = 2, choices = new[] { "A", "C" } },                              // 1/2 - 1/2 = 0 of 4
            new { position = 3, value = true },                                              // 1 of 1
            new { position = 4, number = 150, unit = "cm" },                                 // 3 of 3
            new { position = 5, text = "jupyter" },                                          // wildcard: 0.5 * 2 = 1
            new { position = 6, matches = new Dictionary<string, string>                     // 1/3 * 3 = 1
            {
                ["P1"] = matching.OptionId("matches", "Nairobi"),
                ["P2"] = matching.OptionId("matches", "Lima"),
                ["P3"] = matching.OptionId("matches", "Accra"),
            } },
            new { position = 7, order = new[] { "atom", "cell", "organism", "organ" }.Select(t => ordering.OptionId("items", t)).ToArray() }); // 2/4 * 4 = 2
        var submitted = await Authoring.SubmitAsync(learner, id);

        Assert.Equal("graded", submitted.GetProperty("state").GetString());
        decimal[] expected = [2m, 0m, 1m, 3m, 1m, 1m, 2m];
        for (var position = 1; position <= 7; position++)
        {
            Assert.Equal(expected[position - 1], submitted.Question(position).GetProperty("feedback").GetProperty("score").GetDecimal());
        }
        Assert.Equal(10m, submitted.GetProperty("score").GetDecimal());
        Assert.Equal(19m, submitted.GetProperty("maxScore").GetDecimal());
        Assert.Equal(52.63m, submitted.GetProperty("percent").GetDecimal());
        Assert.False(submitted.GetProperty("passed").GetBoolean());
        var first = submitted.Question(1).GetProperty("feedback");
        Assert.Equal("Paris has been the capital since 987.", first.GetProperty("feedback").GetString());
        Assert.Equal(["B"], first.GetProperty("correctResponse").GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        var correctOrder = submitted.Question(7).GetProperty("feedback").GetProperty("correctResponse").GetProperty("order").EnumerateArray().Select(o => o.GetString());
        Assert.Equal(new[] { "atom", "cell", "organ", "organism" }.Select(t => ordering.OptionId("items", t)), correctOrder);
    }

    [Fact]
    public async Task Two_attempts_show_different_ids_for_the_same_matches()
    {
        using var instructor = fixture.NewInstructor();
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [await Authoring.CreateQuestionIdAsync(instructor, Authoring.Matching())]);
        using var one = fixture.NewLearner();
        using var two = fixture.NewLearner();

        var first = (await Authoring.StartAsync(one, quizId)).Question(1);
        var second = (await Authoring.StartAsync(two, quizId)).Question(1);

        Assert.NotEqual(first.OptionId("matches", "Nairobi"), second.OptionId("matches", "Nairobi"));
    }

    [Fact]
    public async Task An_essay_waits_for_grading_and_its_rubric_grade_completes_the_attempt()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var trueFalse = await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse());
        var essay = await Authoring.CreateQuestionIdAsync(instructor, Authoring.Essay());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [trueFalse, essay]);
        var attempt = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, value = true }, new { position = 2, text = "Plants turn light into sugar." });

        var submitted = await Authoring.SubmitAsync(learner, attempt.Id());

        Assert.Equal("awaitingGrading", submitted.GetProperty("state").GetString());
        Assert.Equal(0, submitted.GetProperty("gradeRevision").GetInt32());
        var queue = await instructor.GetFromJsonAsync<JsonElement>($"/api/quizzes/{quizId}/grading-queue");
        var queued = Assert.Single(queue.EnumerateArray());
        Assert.Equal(attempt.Id(), queued.GetProperty("attemptId").GetGuid());
        Assert.Equal(2, queued.GetProperty("position").GetInt32());
        Assert.Equal("Plants turn light into sugar.", queued.GetProperty("response").GetString());
        Assert.Equal(2, queued.GetProperty("rubric").GetArrayLength());

        var graded = await instructor.PostAsJsonAsync($"/api/attempts/{attempt.Id()}/items/2/grade",
            new { levels = new Dictionary<string, string> { ["C1"] = "C1L2", ["C2"] = "C2L2" }, comment = "Good start." });

        graded.EnsureSuccessStatusCode();
        var result = await learner.GetFromJsonAsync<JsonElement>($"/api/attempts/{attempt.Id()}");
        Assert.Equal("graded", result.GetProperty("state").GetString());
        // Essay: (3 + 4) / 10 of 10 points = 7; with the true/false point, 8 of 11.
        Assert.Equal(7m, result.Question(2).GetProperty("feedback").GetProperty("score").GetDecimal());
        Assert.Equal("Good start.", result.Question(2).GetProperty("feedback").GetProperty("rubricGrade").GetProperty("comment").GetString());
        Assert.Equal(8m, result.GetProperty("score").GetDecimal());
        Assert.Equal(1, result.GetProperty("gradeRevision").GetInt32());
        Assert.Empty((await instructor.GetFromJsonAsync<JsonElement>($"/api/quizzes/{quizId}/grading-queue")).EnumerateArray());
    }
}
