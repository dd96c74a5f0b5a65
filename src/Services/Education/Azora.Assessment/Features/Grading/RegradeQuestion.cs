using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Assessment.Features.Attempts;
using Azora.Assessment.Features.Questions;
using Azora.Assessment.Features.Quizzes;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Grading;

internal sealed record RegradeRequest([Required] Guid? QuestionId);

internal sealed record RegradeResponse(Guid QuestionId, int Version, IReadOnlyList<Guid> RegradedAttempts);

/// <summary>
/// After a question is corrected (a new version), its owner regrades the submitted attempts at a quiz that were given an
/// older version: they move to the latest version and are graded again, and each whose grade is complete publishes
/// <c>AttemptGraded</c> with the next revision. Running it again finds nothing left to regrade.
/// </summary>
internal static class RegradeQuestion
{
    public static void Map(IEndpointRouteBuilder quizzes) =>
        quizzes.MapPost("/{id:guid}/regrade", HandleAsync)
            .WithName("RegradeQuestion")
            .WithSummary("Regrade submitted attempts at a quiz you own that used an older version of a question.");

    private static async Task<Results<Ok<RegradeResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        RegradeRequest request,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        GradePublisher publisher,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var quiz = await QuizAccess.FindOwnedAsync(db, caller, callerId, id, toChange: true, cancellationToken);
        if (quiz is null)
        {
            return AssessmentProblems.NotFound("quiz");
        }
        var question = await QuestionAccess.FindAsync(db, caller, callerId, request.QuestionId!.Value, toEdit: true, cancellationToken);
        if (question is null)
        {
            return AssessmentProblems.Field("questionId", "No question with this id is in your bank.");
        }

        var latest = question.Latest;
        var submitted = await db.Attempts.Include(a => a.Items)
            .Where(a => a.QuizId == id && a.State != AttemptState.InProgress && a.Items.Any(i => i.QuestionId == latest.QuestionId && i.QuestionVersionId != latest.Id))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var changes = submitted.Select(attempt => (attempt, attempt.Regrade(latest, quiz.PassMarkPercent, now))).ToList();
        if (!await publisher.SaveAsync(changes, cancellationToken))
        {
            return AssessmentProblems.ChangedMeanwhile();
        }
        return TypedResults.Ok(new RegradeResponse(question.Id, latest.Number, [.. submitted.Select(a => a.Id)]));
    }
}
