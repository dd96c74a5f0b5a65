using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Education.Features.Guardians;

internal sealed record InviteGuardianRequest([Required] Guid? GuardianId);

/// <summary>A learner asks a guardian to follow their progress; the link is active once the guardian accepts.</summary>
internal static class InviteGuardian
{
    public static void Map(IEndpointRouteBuilder learners) =>
        learners.MapPost("/me/guardians", HandleAsync)
            .WithName("InviteGuardian")
            .WithSummary("As a learner, invite a guardian (by account id) to follow your progress; the guardian accepts or declines.");

    private static async Task<Results<Created<GuardianLinkResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        InviteGuardianRequest request,
        ClaimsPrincipal caller,
        EducationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return EducationProblems.Forbidden("Only a signed-in person has guardian links.");
        }
        return await Invitations.SendAsync(db, request.GuardianId!.Value, learnerId, GuardianLinkInviter.Learner, clock.GetUtcNow(), cancellationToken);
    }
}
