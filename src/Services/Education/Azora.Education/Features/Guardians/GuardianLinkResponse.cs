using Azora.Education.Domain;

namespace Azora.Education.Features.Guardians;

/// <summary>A guardian link as both of its sides see it: who invited whom, and where it stands.</summary>
internal sealed record GuardianLinkResponse(
    Guid Id,
    Guid GuardianId,
    Guid LearnerId,
    string InvitedBy,
    string Status,
    DateTimeOffset InvitedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt)
{
    public static GuardianLinkResponse From(GuardianLink link) => new(
        link.Id, link.GuardianId, link.LearnerId, WireNames.Of(link.InvitedBy), WireNames.Of(link.Status),
        link.InvitedAt, link.AnsweredAt, link.EndedAt);
}
