using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Testing;
using Azora.Testing.Postgres;

namespace Azora.Assessment.Tests;

/// <summary>
/// The quiz journey through the gateway's <c>/azora-assessment</c> prefix, and the same on PostgreSQL, where the service
/// runs when the platform is split: an instructor authors a quiz, a learner fails it, then passes it.
/// </summary>
public sealed class JourneyTests
{
    internal static async Task FailThenPassAsync(Func<string, HttpClient> clientAs)
    {
        using var instructor = clientAs(Roles.Instructor);
        using var learner = clientAs(Roles.Learner);
        var choice = await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice());
        var numeric = await Authoring.CreateQuestionIdAsync(instructor, Authoring.Numeric());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [choice, numeric], timeLimitMinutes: 30, maxAttempts: 2, passMarkPercent: 80);

        var first = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, first.Id(), new { position = 1, choices = new[] { "A" } }, new { position = 2, number = 150, unit = "cm" });
        var failed = await Authoring.SubmitAsync(learner, first.Id());
        var second = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, second.Id(), new { position = 1, choices = new[] { "B" } }, new { position = 2, number = 1.5, unit = "m" });
        var passed = await Authoring.SubmitAsync(learner, second.Id());

        Assert.Equal((60m, false), (failed.GetProperty("percent").GetDecimal(), failed.GetProperty("passed").GetBoolean()));
        Assert.Equal((100m, true), (passed.GetProperty("percent").GetDecimal(), passed.GetProperty("passed").GetBoolean()));
        var attempts = await instructor.GetFromJsonAsync<JsonElement>($"api/quizzes/{quizId}/attempts");
        Assert.Equal(2, attempts.GetArrayLength());
        await Problems.AssertProblemAsync(await learner.PostAsync($"api/quizzes/{quizId}/attempts", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_learner_fails_then_passes_a_quiz_through_the_gateway()
    {
        using var tokens = new TestTokens();
        await using var platform = await TestPlatform.StartAsync([AssessmentFixture.ServiceId, "load-balancer"], configure: tokens.Trust);

        await FailThenPassAsync(role =>
        {
            var client = platform.Gateway();
            client.BaseAddress = new Uri(client.BaseAddress!, "/azora-assessment/");
            client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.ForAccount(Guid.CreateVersion7(), role));
            return client;
        });
    }
}

[Collection(PostgresFixture.Collection)]
public sealed class PostgresJourneyTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_quiz_journey_works_on_postgresql()
    {
        using var tokens = new TestTokens();
        await using var platform = await TestPlatform.StartAsync(
            [AssessmentFixture.ServiceId],
            new Dictionary<string, string?>
            {
                ["Azora:Database"] = "Postgres",
                ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync(),
            },
            configure: tokens.Trust);

        await JourneyTests.FailThenPassAsync(role =>
        {
            var client = platform.Client(AssessmentFixture.ServiceId);
            client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.ForAccount(Guid.CreateVersion7(), role));
            return client;
        });
    }
}
