using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Assessment.Features.Attempts;
using Azora.Assessment.Features.Quizzes;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Grading;

internal sealed record QueuedEssay(Guid AttemptId, Guid LearnerId, int AttemptNumber, int Position, Guid QuestionId, int Version,
    string Text, decimal Points, IReadOnlyList<CriterionView> Rubric, string? Response, DateTimeOffset? SubmittedAt);

/// <summary>The essays of submitted attempts at a quiz that wait for a person's grade, oldest submission first; for the quiz's owner.</summary>
internal static class GradingQueue
{
    public static void Map(IEndpointRouteBuilder quizzes) =>
        quizzes.MapGet("/{id:guid}/grading-queue", HandleAsync)
            .WithName("GetGradingQueue")
            .WithSummary("List the essays waiting to be graded with their rubric, for a quiz you own.");

    private static async Task<Results<Ok<IReadOnlyList<QueuedEssay>>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        QuestionVersionCache questionVersions,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        if (await QuizAccess.FindOwnedAsync(db, caller, callerId, id, toChange: true, cancellationToken) is null)
        {
            return AssessmentProblems.NotFound("quiz");
        }
        var waiting = await db.Attempts.AsNoTracking().Include(a => a.Items)
            .Where(a => a.QuizId == id && a.State == AttemptState.AwaitingGrading)
            .OrderBy(a => a.SubmittedAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        var versions = await questionVersions.OfAsync(db, waiting, cancellationToken);
        IReadOnlyList<QueuedEssay> queue =
        [
            .. waiting.SelectMany(a => a.Items.Where(i => i.Type == QuestionType.Essay && i.Score is null).OrderBy(i => i.Position).Select(i =>
            {
                var version = versions[i.QuestionVersionId];
                return new QueuedEssay(a.Id, a.LearnerId, a.Number, i.Position, i.QuestionId, version.Number, version.Text, i.Points,
                    [.. version.Definition.Rubric!.Select(c => new CriterionView(c.Id, c.Title, c.Levels))], i.Response?.Text, a.SubmittedAt);
            })),
        ];
        return TypedResults.Ok(queue);
    }
}
