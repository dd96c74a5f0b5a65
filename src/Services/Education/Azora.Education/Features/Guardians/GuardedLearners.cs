using System.Security.Claims;
using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Guardians;

internal sealed record GuardedLearner(Guid LearnerId, Guid LinkId, DateTimeOffset Since);

internal sealed record GuardedLearnerList(IReadOnlyList<GuardedLearner> Items);

/// <summary>
/// What a guardian sees: the learners who consented, and each one's progress, read-only. A learner without an active
/// link (never linked, pending, declined or revoked) is answered as if unknown.
/// </summary>
internal static class GuardedLearners
{
    public static void Map(IEndpointRouteBuilder guardians)
    {
        guardians.MapGet("/learners", ListAsync)
            .WithName("ListGuardedLearners")
            .WithSummary("As a guardian, list the learners who consented to your following their progress.");
        guardians.MapGet("/learners/{learnerId:guid}/progress", ProgressAsync)
            .WithName("GetGuardedLearnerProgress")
            .WithSummary("As a guardian, read a consenting learner's course and program progress (read-only).");
    }

    private static async Task<Results<Ok<GuardedLearnerList>, ForbidHttpResult>> ListAsync(
        ClaimsPrincipal caller, EducationDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var guardianId))
        {
            return TypedResults.Forbid();
        }
        var learners = await db.GuardianLinks.AsNoTracking()
            .Where(l => l.GuardianId == guardianId && l.Status == GuardianLinkStatus.Active)
            .OrderBy(l => l.LearnerId)
            .Select(l => new GuardedLearner(l.LearnerId, l.Id, l.AnsweredAt!.Value))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new GuardedLearnerList(learners));
    }

    private static async Task<Results<Ok<LearnerProgressResponse>, ProblemHttpResult, ForbidHttpResult>> ProgressAsync(
        Guid learnerId, ClaimsPrincipal caller, EducationDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var guardianId))
        {
            return TypedResults.Forbid();
        }
        var consented = await db.GuardianLinks.AnyAsync(
            l => l.GuardianId == guardianId && l.LearnerId == learnerId && l.Status == GuardianLinkStatus.Active, cancellationToken);
        if (!consented)
        {
            return EducationProblems.NotFound("learner");
        }
        return TypedResults.Ok(await LearnerProgressQuery.ReadAsync(db, learnerId, cancellationToken));
    }
}
