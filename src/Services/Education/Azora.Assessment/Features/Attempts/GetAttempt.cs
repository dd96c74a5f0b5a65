using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Assessment.Features.Attempts;

/// <summary>An attempt, for the learner who made it (feedback as the quiz's mode allows) or the quiz's owner (everything).</summary>
internal static class GetAttempt
{
    public static void Map(IEndpointRouteBuilder attempts) =>
        attempts.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetAttempt")
            .WithSummary("Read an attempt: your own, or one at a quiz you own.");

    private static async Task<Results<Ok<AttemptResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        QuestionVersionCache versions,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var loaded = await AttemptAccess.FindAsync(db, versions, caller, callerId, id, AttemptRole.Reader, cancellationToken);
        return loaded is null ? AssessmentProblems.NotFound("attempt") : TypedResults.Ok(loaded.Response(clock.GetUtcNow()));
    }
}
