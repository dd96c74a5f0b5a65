using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Assessment.Features.Attempts;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Assessment.Features.Grading;

/// <param name="Levels">The chosen level id for every criterion id of the rubric, e.g. <c>{"C1": "C1L2", "C2": "C2L1"}</c>.</param>
internal sealed record GradeEssayRequest(
    [Required] IReadOnlyDictionary<string, string> Levels,
    [StringLength(4_000)] string? Comment = null);

/// <summary>
/// The quiz's owner grades an essay with its rubric. When that completes the attempt's grade, <c>AttemptGraded</c> is
/// published; grading an essay again later is a regrade and publishes the next revision.
/// </summary>
internal static class GradeEssay
{
    public static void Map(IEndpointRouteBuilder attempts) =>
        attempts.MapPost("/{id:guid}/items/{position:int}/grade", HandleAsync)
            .WithName("GradeEssay")
            .WithSummary("Grade a submitted essay with its rubric (one level per criterion), at a quiz you own.");

    private static async Task<Results<Ok<AttemptResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        int position,
        GradeEssayRequest request,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        QuestionVersionCache versions,
        GradePublisher publisher,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var loaded = await AttemptAccess.FindAsync(db, versions, caller, callerId, id, AttemptRole.Grader, cancellationToken);
        if (loaded is null)
        {
            return AssessmentProblems.NotFound("attempt");
        }
        var item = loaded.Attempt.Items.FirstOrDefault(i => i.Position == position);
        if (item is null || item.Type != QuestionType.Essay)
        {
            return AssessmentProblems.NotFound("essay at this position");
        }
        if (loaded.Attempt.State == AttemptState.InProgress)
        {
            return AssessmentProblems.Conflict("The attempt is not submitted yet.");
        }
        var rubric = loaded.Versions[item.QuestionVersionId].Definition.Rubric!;
        var errors = new FieldErrors();
        foreach (var criterion in rubric)
        {
            if (!request.Levels.TryGetValue(criterion.Id, out var level) || criterion.Levels.All(l => l.Id != level))
            {
                errors.Add($"levels.{criterion.Id}", $"Choose one of {string.Join(", ", criterion.Levels.Select(l => l.Id))} for '{criterion.Title}'.");
            }
        }
        foreach (var unknown in request.Levels.Keys.Where(k => rubric.All(c => c.Id != k)))
        {
            errors.Add($"levels.{unknown}", "The rubric has no such criterion.");
        }
        if (errors.Any)
        {
            return AssessmentProblems.Fields(errors);
        }

        var now = clock.GetUtcNow();
        var grade = new RubricGrade(request.Levels.ToDictionary(), request.Comment?.Trim(), callerId);
        var graded = loaded.Attempt.GradeEssay(position, grade, rubric, loaded.Quiz.PassMarkPercent, now);
        if (!await publisher.SaveAsync([(loaded.Attempt, graded)], cancellationToken))
        {
            return AssessmentProblems.ChangedMeanwhile();
        }
        return TypedResults.Ok(loaded.Response(now));
    }
}
