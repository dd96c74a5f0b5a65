using Azora.ServiceDefaults.Persistence;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Quizzes;

internal sealed record OverrideRequest(
    [Range(0, 10_080, ErrorMessage = "Extra time is 0 to 10080 minutes.")] int ExtraMinutes = 0,
    [Range(0, 100, ErrorMessage = "Extra attempts are 0 to 100.")] int ExtraAttempts = 0);

internal sealed record OverrideResponse(Guid QuizId, Guid LearnerId, int ExtraMinutes, int ExtraAttempts)
{
    public static OverrideResponse From(QuizOverride entry) => new(entry.QuizId, entry.LearnerId, entry.ExtraMinutes, entry.ExtraAttempts);
}

/// <summary>
/// The quiz's owner gives one learner extra time (added to the time limit of attempts started afterwards) and extra
/// attempts. Setting it again replaces it, so a retried request changes nothing more.
/// </summary>
internal static class SetOverride
{
    public static void Map(IEndpointRouteBuilder quizzes) =>
        quizzes.MapPut("/{id:guid}/overrides/{learnerId:guid}", HandleAsync)
            .WithName("SetQuizOverride")
            .WithSummary("Give one learner extra time and extra attempts on a quiz you own (replaces any earlier override).");

    private static async Task<Results<Ok<OverrideResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        Guid learnerId,
        OverrideRequest request,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
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

        var entry = await db.Overrides.SingleOrDefaultAsync(o => o.QuizId == id && o.LearnerId == learnerId, cancellationToken);
        if (entry is null)
        {
            entry = new QuizOverride(id, learnerId);
            db.Overrides.Add(entry);
        }
        entry.Set(request.ExtraMinutes, request.ExtraAttempts);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return AssessmentProblems.ChangedMeanwhile();
        }
        return TypedResults.Ok(OverrideResponse.From(entry));
    }
}
