using Azora.Contracts.Audit;
using Azora.Education.Domain;

namespace Azora.Education.Features.Guardians;

/// <summary>
/// The audit record of a consent decision: a learner letting a guardian follow them (or not, or no longer) is the kind of
/// act an operator must be able to prove later.
/// </summary>
internal static class GuardianAudit
{
    public const string SourceService = "azora-education";

    public static AuditEventRecorded Answered(GuardianLink link, Guid actorId, string answer, DateTimeOffset at) => new(
        Guid.CreateVersion7(at),
        new AuditActor(actorId.ToString(), AuditActorKind.Account),
        $"guardian-link.{answer}",
        new AuditResource("guardian-link", link.Id.ToString()),
        AuditOutcome.Succeeded,
        at,
        SourceService,
        new Dictionary<string, string>
        {
            ["guardianId"] = link.GuardianId.ToString(),
            ["learnerId"] = link.LearnerId.ToString(),
            ["status"] = WireNames.Of(link.Status),
        });
}
