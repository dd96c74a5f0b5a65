using System.Net;
using System.Text.Json;
using Azora.Contracts;
using Azora.Contracts.Assessment;
using Azora.Testing;

namespace Azora.Assessment.Tests;

/// <summary>
/// Submissions that arrive together: each attempt is graded and announced once, and an attempt handed in twice at the same
/// moment is accepted once and refused once, whichever of the two commits first.
/// </summary>
[Collection(AssessmentCollection.Name)]
public sealed class ConcurrentSubmitTests(AssessmentFixture fixture)
{
    private const int Learners = 8;

    [Fact]
    public async Task Attempts_submitted_twice_at_once_are_each_graded_once_with_one_event()
    {
        using var instructor = fixture.NewInstructor();
        var question = await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [question]);
        var learners = Enumerable.Range(0, Learners).Select(_ => fixture.AsAccount(Guid.CreateVersion7(), Roles.Learner)).ToList();
        try
        {
            var attempts = new List<Guid>();
            foreach (var learner in learners)
            {
                var attempt = (await Authoring.StartAsync(learner, quizId)).Id();
                await Authoring.AnswerAsync(learner, attempt, new { position = 1, choices = new[] { "B" } });
                attempts.Add(attempt);
            }

            var statuses = new List<HttpStatusCode>();
            var events = await PublishedEvents.DuringAsync<AttemptGraded>(fixture.Platform, async () =>
            {
                var submits = learners.SelectMany((learner, i) =>
                    new[] { SubmitAsync(learner, attempts[i]), SubmitAsync(learner, attempts[i]) });
                statuses.AddRange(await Task.WhenAll(submits));
            });

            for (var i = 0; i < Learners; i++)
            {
                Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses.Skip(2 * i).Take(2).Order());
                var read = JsonDocument.Parse(await learners[i].GetStringAsync($"/api/attempts/{attempts[i]}")).RootElement;
                Assert.Equal(("graded", 2m), (read.GetProperty("state").GetString(), read.GetProperty("score").GetDecimal()));
            }
            // While nothing subscribes, tracking records a publication when it is made, so the event of the submission
            // that lost the race (its transaction rolled back) is seen too; only the committed one is ever stored or sent.
            Assert.Equal(attempts.Order(), events.Select(e => e.AttemptId).Distinct().Order());
            Assert.All(events, e => Assert.Equal((2m, 1), (e.Score, e.GradeRevision)));
        }
        finally
        {
            learners.ForEach(learner => learner.Dispose());
        }
    }

    private static async Task<HttpStatusCode> SubmitAsync(HttpClient learner, Guid attemptId) =>
        (await learner.PostAsync($"api/attempts/{attemptId}/submit", null)).StatusCode;
}
