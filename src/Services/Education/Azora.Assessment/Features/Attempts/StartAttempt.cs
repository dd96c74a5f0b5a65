using Azora.ServiceDefaults.Persistence;
using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Attempts;

/// <summary>
/// A learner starts an attempt: fixed questions at their latest version and random draws from the quiz's tags, pinned for
/// this attempt, with its deadline. While the learner has an attempt still open, starting again returns that one, so a
/// retried request does not use up an attempt.
/// </summary>
internal static class StartAttempt
{
    public static void Map(IEndpointRouteBuilder quizzes) =>
        quizzes.MapPost("/{id:guid}/attempts", HandleAsync)
            .WithName("StartAttempt")
            .WithSummary("Start an attempt at a quiz (or get the one still open); returns its questions without answers, and its deadline.");

    private static async Task<Results<Created<AttemptResponse>, Ok<AttemptResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        QuestionVersionCache questionVersions,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }
        var now = clock.GetUtcNow();
        var quiz = await db.Quizzes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (quiz is null)
        {
            return AssessmentProblems.NotFound("quiz");
        }
        var earlier = await db.Attempts.Include(a => a.Items).Where(a => a.QuizId == id && a.LearnerId == learnerId).ToListAsync(cancellationToken);
        if (earlier.FirstOrDefault(a => a.IsOpen(now)) is { } open)
        {
            var versions = await questionVersions.OfAsync(db, [open], cancellationToken);
            return TypedResults.Ok(AttemptResponse.From(open, quiz, versions, forOwner: false, now));
        }
        if (quiz.IsClosed(now))
        {
            return AssessmentProblems.Conflict("The quiz is closed.", $"It closed at {quiz.ClosesAt:O}.");
        }
        var learnerOverride = await db.Overrides.AsNoTracking().SingleOrDefaultAsync(o => o.QuizId == id && o.LearnerId == learnerId, cancellationToken);
        if (quiz.AttemptsAllowed(learnerOverride) is { } allowed && earlier.Count >= allowed)
        {
            return AssessmentProblems.Conflict("No attempts are left.", $"This quiz allows you {allowed} attempts.");
        }
        var questions = await QuestionDraw.DrawAsync(db, quiz, cancellationToken);
        if (questions is null)
        {
            return AssessmentProblems.Conflict("The quiz's question bank no longer has enough questions for its draws.");
        }

        var attempt = Attempt.Start(quiz, learnerId, earlier.Count + 1, learnerOverride, questions, now);
        db.Attempts.Add(attempt);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return AssessmentProblems.Conflict("Another attempt was started at the same moment; read your attempts and continue that one.");
        }
        var pinned = questions.ToDictionary(v => v.Id);
        return TypedResults.Created($"/api/attempts/{attempt.Id}", AttemptResponse.From(attempt, quiz, pinned, forOwner: false, now));
    }
}
