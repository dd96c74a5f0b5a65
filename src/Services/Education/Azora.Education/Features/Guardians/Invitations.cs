using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Guardians;

/// <summary>Sends an invitation between a guardian and a learner, whichever side asks; one link per pair, reused.</summary>
internal static class Invitations
{
    public static async Task<Results<Created<GuardianLinkResponse>, ValidationProblem, ProblemHttpResult>> SendAsync(
        EducationDbContext db, Guid guardianId, Guid learnerId, GuardianLinkInviter inviter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var link = await db.GuardianLinks.SingleOrDefaultAsync(l => l.GuardianId == guardianId && l.LearnerId == learnerId, cancellationToken);
        try
        {
            if (link is null)
            {
                link = GuardianLink.Invite(guardianId, learnerId, inviter, now);
                db.GuardianLinks.Add(link);
            }
            else
            {
                link.InviteAgain(inviter, now);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (FieldRefusedException refused)
        {
            return EducationProblems.Field(refused.Field, refused.Message);
        }
        catch (InvalidOperationException refused)
        {
            return EducationProblems.Conflict(refused.Message);
        }
        catch (DbUpdateException duplicate) when (duplicate.IsDuplicateKey())
        {
            return EducationProblems.Conflict("An invitation between these accounts was just sent.");
        }
        return TypedResults.Created($"/api/guardian-links/{link.Id}", GuardianLinkResponse.From(link));
    }
}
