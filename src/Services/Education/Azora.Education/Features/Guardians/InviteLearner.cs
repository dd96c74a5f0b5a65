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

internal sealed record InviteLearnerRequest([Required] Guid? LearnerId);

/// <summary>A guardian asks to follow a learner; nothing is shared until the learner accepts.</summary>
internal static class InviteLearner
{
    public static void Map(IEndpointRouteBuilder guardians) =>
        guardians.MapPost("/invitations", HandleAsync)
            .WithName("InviteLearner")
            .WithSummary("As a guardian, invite a learner (by account id) to let you follow their progress; the learner accepts or declines.");

    private static async Task<Results<Created<GuardianLinkResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        InviteLearnerRequest request,
        ClaimsPrincipal caller,
        EducationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var guardianId))
        {
            return EducationProblems.Forbidden("Only a signed-in person has guardian links.");
        }
        return await Invitations.SendAsync(db, guardianId, request.LearnerId!.Value, GuardianLinkInviter.Guardian, clock.GetUtcNow(), cancellationToken);
    }
}
