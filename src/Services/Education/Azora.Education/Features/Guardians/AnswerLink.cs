using System.Security.Claims;
using Azora.Contracts;
using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Azora.Education.Features.Guardians;

/// <summary>
/// The invited side accepts or declines; either side ends the link (revoke) or withdraws its own pending invitation.
/// A link the caller is not part of is answered as if it did not exist. Each decision goes to the audit log in the same
/// transaction as the change.
/// </summary>
internal static class AnswerLink
{
    public static void Map(IEndpointRouteBuilder links)
    {
        links.MapPost("/{id:guid}/accept", (Guid id, ClaimsPrincipal caller, IDbContextOutbox<EducationDbContext> outbox, TimeProvider clock, CancellationToken cancellationToken) =>
                HandleAsync(id, caller, outbox, clock, Answer.Accept, cancellationToken))
            .WithName("AcceptGuardianLink")
            .WithSummary("Accept an invitation sent to you: a learner's consent to be followed, or a guardian's agreement to follow.");
        links.MapPost("/{id:guid}/decline", (Guid id, ClaimsPrincipal caller, IDbContextOutbox<EducationDbContext> outbox, TimeProvider clock, CancellationToken cancellationToken) =>
                HandleAsync(id, caller, outbox, clock, Answer.Decline, cancellationToken))
            .WithName("DeclineGuardianLink")
            .WithSummary("Decline an invitation sent to you; nothing is shared.");
        links.MapPost("/{id:guid}/revoke", (Guid id, ClaimsPrincipal caller, IDbContextOutbox<EducationDbContext> outbox, TimeProvider clock, CancellationToken cancellationToken) =>
                HandleAsync(id, caller, outbox, clock, Answer.Revoke, cancellationToken))
            .WithName("RevokeGuardianLink")
            .WithSummary("End a guardian link you are part of, or withdraw your pending invitation; the guardian stops seeing the learner's progress at once.");
    }

    private enum Answer
    {
        Accept,
        Decline,
        Revoke,
    }

    private static async Task<Results<Ok<GuardianLinkResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, IDbContextOutbox<EducationDbContext> outbox, TimeProvider clock, Answer answer, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        if (!caller.TryGetAccountId(out var accountId))
        {
            return EducationProblems.Forbidden("Only a signed-in person has guardian links.");
        }
        var link = await db.GuardianLinks.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (link is null || !link.Involves(accountId))
        {
            return EducationProblems.NotFound("guardian link");
        }
        if (answer != Answer.Revoke && !HasRoleOfInvitee(caller, link))
        {
            return EducationProblems.Forbidden(link.InvitedBy == GuardianLinkInviter.Guardian
                ? "Only the invited learner answers this invitation."
                : "Only the invited guardian, signed in with the guardian role, answers this invitation.");
        }
        var now = clock.GetUtcNow();
        try
        {
            switch (answer)
            {
                case Answer.Accept:
                    link.Accept(accountId, now);
                    break;
                case Answer.Decline:
                    link.Decline(accountId, now);
                    break;
                default:
                    link.Revoke(accountId, now);
                    break;
            }
        }
        catch (UnauthorizedAccessException)
        {
            return EducationProblems.Forbidden("Only the invited side answers an invitation; the inviter may withdraw it with revoke.");
        }
        catch (InvalidOperationException refused)
        {
            return EducationProblems.Conflict(refused.Message);
        }
        var word = answer switch { Answer.Accept => "accepted", Answer.Decline => "declined", _ => "revoked" };
        await outbox.PublishAsync(GuardianAudit.Answered(link, accountId, word, now));
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EducationProblems.Conflict("The link changed while this request ran; read it again.");
        }
        return TypedResults.Ok(GuardianLinkResponse.From(link));
    }

    /// <summary>The invitee answers in the role the link gives them: a guardian as a guardian, a learner as a learner.</summary>
    private static bool HasRoleOfInvitee(ClaimsPrincipal caller, GuardianLink link) =>
        caller.IsInRole(link.InvitedBy == GuardianLinkInviter.Guardian ? Roles.Learner : Roles.Guardian);
}
