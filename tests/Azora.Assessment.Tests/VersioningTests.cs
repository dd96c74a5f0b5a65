using System.Net.Http.Json;
using System.Text.Json;
using Azora.Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Assessment.Tests;

/// <summary>Editing a question adds a version; attempts keep the version they were given until the owner regrades them.</summary>
[Collection(AssessmentCollection.Name)]
public sealed class VersioningTests(AssessmentFixture fixture)
{
    private static object CapitalWithAnswer(int correctIndex) => new
    {
        type = "singleChoice",
        text = "What is the capital of Australia?",
        points = 1,
        choices = new[] { "Sydney", "Canberra", "Melbourne" }.Select((text, i) => new { text, correct = i == correctIndex }).ToArray(),
    };

    [Fact]
    public async Task An_edit_is_a_new_version_and_the_old_one_stays_readable()
    {
        using var instructor = fixture.NewInstructor();
        var id = await Authoring.CreateQuestionIdAsync(instructor, CapitalWithAnswer(0));

        var edited = await (await instructor.PutAsJsonAsync($"/api/questions/{id}", CapitalWithAnswer(1))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, edited.GetProperty("version").GetInt32());
        var first = await instructor.GetFromJsonAsync<JsonElement>($"/api/questions/{id}/versions/1");
        Assert.True(first.GetProperty("choices")[0].GetProperty("correct").GetBoolean());
        var latest = await instructor.GetFromJsonAsync<JsonElement>($"/api/questions/{id}");
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        Assert.True(latest.GetProperty("choices")[1].GetProperty("correct").GetBoolean());
    }

    [Fact]
    public async Task An_attempt_keeps_its_version_and_a_regrade_moves_it_to_the_correction_with_the_next_revision()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var id = await Authoring.CreateQuestionIdAsync(instructor, CapitalWithAnswer(0));
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [id]);
        var attempt = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, choices = new[] { "B" } });
        var submitted = await Authoring.SubmitAsync(learner, attempt.Id());
        Assert.Equal(0m, submitted.GetProperty("score").GetDecimal());

        (await instructor.PutAsJsonAsync($"/api/questions/{id}", CapitalWithAnswer(1))).EnsureSuccessStatusCode();
        var pinned = await learner.GetFromJsonAsync<JsonElement>($"/api/attempts/{attempt.Id()}");
        Assert.Equal(1, pinned.Question(1).GetProperty("version").GetInt32());
        Assert.Equal(0m, pinned.GetProperty("score").GetDecimal());

        var regrade = await (await instructor.PostAsJsonAsync($"/api/quizzes/{quizId}/regrade", new { questionId = id })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal([attempt.Id()], regrade.GetProperty("regradedAttempts").EnumerateArray().Select(a => a.GetGuid()));
        var regraded = await learner.GetFromJsonAsync<JsonElement>($"/api/attempts/{attempt.Id()}");
        Assert.Equal(2, regraded.Question(1).GetProperty("version").GetInt32());
        Assert.Equal(1m, regraded.GetProperty("score").GetDecimal());
        Assert.Equal(2, regraded.GetProperty("gradeRevision").GetInt32());
        var again = await (await instructor.PostAsJsonAsync($"/api/quizzes/{quizId}/regrade", new { questionId = id })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(again.GetProperty("regradedAttempts").EnumerateArray());
    }

    [Fact]
    public async Task An_attempt_started_after_an_edit_gets_the_latest_version()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var id = await Authoring.CreateQuestionIdAsync(instructor, CapitalWithAnswer(0));
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [id]);
        (await instructor.PutAsJsonAsync($"/api/questions/{id}", CapitalWithAnswer(1))).EnsureSuccessStatusCode();

        var attempt = await Authoring.StartAsync(learner, quizId);

        Assert.Equal(2, attempt.Question(1).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_version_once_read_is_kept_in_memory_since_no_version_ever_changes()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var id = await Authoring.CreateQuestionIdAsync(instructor, CapitalWithAnswer(0));
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [id]);
        var attempt = await Authoring.StartAsync(learner, quizId);
        var read = await learner.GetFromJsonAsync<JsonElement>($"/api/attempts/{attempt.Id()}");

        // No endpoint changes a version; here its stored text changes behind the service's back, and the service,
        // having read the version once, still answers from memory.
        await using (var scope = fixture.Platform.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
            Assert.Equal(1, await db.QuestionVersions.Where(v => v.QuestionId == id).ExecuteUpdateAsync(set => set.SetProperty(v => v.Text, "Changed in the database")));
        }
        var again = await learner.GetFromJsonAsync<JsonElement>($"/api/attempts/{attempt.Id()}");

        Assert.Equal("What is the capital of Australia?", read.Question(1).GetProperty("text").GetString());
        Assert.Equal("What is the capital of Australia?", again.Question(1).GetProperty("text").GetString());
    }
}
