using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Features.Grading;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Assessment.Features.Attempts;

/// <summary>
/// The learner hands the attempt in: objective questions are graded at once and, when no essay waits for a person, the
/// grade is final and <c>AttemptGraded</c> is published with it, committed with the other submissions waiting
/// (<see cref="SubmissionQueue"/>). After the deadline plus grace it is refused and nothing changes.
/// </summary>
internal static class SubmitAttempt
{
    public static void Map(IEndpointRouteBuilder attempts) =>
        attempts.MapPost("/{id:guid}/submit", HandleAsync)
            .WithName("SubmitAttempt")
            .WithSummary("Submit your attempt: objective questions are graded now, essays go to the grading queue.");

    private static async Task<Results<Ok<AttemptResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        QuestionVersionCache versions,
        SubmissionQueue submissions,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var loaded = await AttemptAccess.FindAsync(db, versions, caller, callerId, id, AttemptRole.Learner, cancellationToken);
        if (loaded is null)
        {
            return AssessmentProblems.NotFound("attempt");
        }
        var now = clock.GetUtcNow();
        if (AttemptRules.RefuseChange(loaded.Attempt, now) is { } refused)
        {
            return refused;
        }

        var graded = loaded.Attempt.Submit(versionId => loaded.Versions[versionId], loaded.Quiz.PassMarkPercent, now);
        if (!await submissions.SaveAsync(db, loaded.Attempt, graded, cancellationToken))
        {
            return AssessmentProblems.ChangedMeanwhile();
        }
        return TypedResults.Ok(loaded.Response(now));
    }
}
