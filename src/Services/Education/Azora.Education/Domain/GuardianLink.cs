namespace Azora.Education.Domain;

internal enum GuardianLinkStatus
{
    /// <summary>Waiting for the invited side to answer.</summary>
    Pending,

    /// <summary>Both sides agreed, the learner among them: the guardian follows the learner's progress.</summary>
    Active,

    Declined,
    Revoked,
}

/// <summary>Which side asked for the link; the other side answers it.</summary>
internal enum GuardianLinkInviter
{
    Guardian,
    Learner,
}

/// <summary>
/// A guardian following a learner. Either side may invite; the link becomes active only when the other side accepts,
/// so it always carries the learner's consent. Either side may end it at any time. One row per guardian and learner,
/// reused when they link again.
/// </summary>
internal sealed class GuardianLink
{
    private GuardianLink()
    {
    }

    public Guid Id { get; private set; }
    public Guid GuardianId { get; private set; }
    public Guid LearnerId { get; private set; }
    public GuardianLinkInviter InvitedBy { get; private set; }
    public GuardianLinkStatus Status { get; private set; }
    public DateTimeOffset InvitedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    public static GuardianLink Invite(Guid guardianId, Guid learnerId, GuardianLinkInviter invitedBy, DateTimeOffset now)
    {
        if (guardianId == learnerId)
        {
            throw new FieldRefusedException(invitedBy == GuardianLinkInviter.Guardian ? "learnerId" : "guardianId", "An account cannot be its own guardian.");
        }
        return new GuardianLink
        {
            Id = Guid.CreateVersion7(now),
            GuardianId = guardianId,
            LearnerId = learnerId,
            InvitedBy = invitedBy,
            Status = GuardianLinkStatus.Pending,
            InvitedAt = now,
        };
    }

    /// <summary>Asks again after a decline or an ended link; refused while one is pending or active.</summary>
    public void InviteAgain(GuardianLinkInviter invitedBy, DateTimeOffset now)
    {
        if (Status is GuardianLinkStatus.Pending or GuardianLinkStatus.Active)
        {
            throw new InvalidOperationException(Status == GuardianLinkStatus.Active
                ? "The guardian already follows this learner."
                : "An invitation between these accounts is already waiting for an answer.");
        }
        InvitedBy = invitedBy;
        Status = GuardianLinkStatus.Pending;
        InvitedAt = now;
        AnsweredAt = null;
        EndedAt = null;
    }

    public bool Involves(Guid accountId) => GuardianId == accountId || LearnerId == accountId;

    /// <summary>The account that answers the invitation: the side that did not send it.</summary>
    public Guid Invitee => InvitedBy == GuardianLinkInviter.Guardian ? LearnerId : GuardianId;

    public void Accept(Guid by, DateTimeOffset now) => Answer(by, GuardianLinkStatus.Active, now);

    public void Decline(Guid by, DateTimeOffset now) => Answer(by, GuardianLinkStatus.Declined, now);

    /// <summary>Either side ends the link, or the inviter withdraws a pending invitation.</summary>
    public void Revoke(Guid by, DateTimeOffset now)
    {
        if (!Involves(by))
        {
            throw new UnauthorizedAccessException();
        }
        if (Status is not (GuardianLinkStatus.Pending or GuardianLinkStatus.Active))
        {
            throw new InvalidOperationException($"The link is already {Status.ToString().ToLowerInvariant()}.");
        }
        Status = GuardianLinkStatus.Revoked;
        EndedAt = now;
    }

    private void Answer(Guid by, GuardianLinkStatus answer, DateTimeOffset now)
    {
        if (by != Invitee)
        {
            throw new UnauthorizedAccessException();
        }
        if (Status != GuardianLinkStatus.Pending)
        {
            throw new InvalidOperationException($"The invitation is no longer pending; the link is {Status.ToString().ToLowerInvariant()}.");
        }
        Status = answer;
        AnsweredAt = now;
    }
}
