using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Features.Quizzes;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Attempts;

internal sealed record AttemptSummary(Guid Id, Guid LearnerId, int Number, string State, DateTimeOffset StartedAt, DateTimeOffset? SubmittedAt,
    decimal? Score, decimal MaxScore, decimal? Percent, bool? Passed, int GradeRevision);

/// <summary>The attempts at a quiz: all of them for its owner, only the caller's own for a learner.</summary>
internal static class ListAttempts
{
    public static void Map(IEndpointRouteBuilder quizzes) =>
        quizzes.MapGet("/{id:guid}/attempts", HandleAsync)
            .WithName("ListAttempts")
            .WithSummary("List attempts at a quiz: every learner's if you own it, otherwise your own.");

    private static async Task<Results<Ok<IReadOnlyList<AttemptSummary>>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var quiz = await db.Quizzes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (quiz is null)
        {
            return AssessmentProblems.NotFound("quiz");
        }
        var owner = caller.Owns(callerId, quiz);
        var attempts = await db.Attempts.AsNoTracking()
            .Where(a => a.QuizId == id && (owner || a.LearnerId == callerId))
            .OrderBy(a => a.LearnerId).ThenBy(a => a.Number)
            .Take(1_000)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        IReadOnlyList<AttemptSummary> summaries =
        [
            .. attempts.Select(a =>
            {
                var visible = owner || AttemptResponse.FeedbackVisible(a, quiz, now);
                return new AttemptSummary(a.Id, a.LearnerId, a.Number, AttemptResponse.StateName(a, now), a.StartedAt, a.SubmittedAt,
                    visible ? a.Score : null, a.MaxScore, visible ? a.Percent : null, visible ? a.Passed : null, a.GradeRevision);
            }),
        ];
        return TypedResults.Ok(summaries);
    }
}
