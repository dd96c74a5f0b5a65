namespace Azora.Lms.Domain;

/// <summary>
/// A learner's place in a course; one per learner and course. Due dates count from <see cref="EnrolledAt"/>. A paid
/// enrolment remembers its order, and ends (<see cref="EndedAt"/>) when that order is refunded: the learner keeps the
/// record of what they did, but may not go on.
/// </summary>
internal sealed class Enrollment
{
    private Enrollment()
    {
    }

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }
    public Guid LearnerId { get; private set; }
    public EnrollmentSource Source { get; private set; }
    public DateTimeOffset EnrolledAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The payment-service order that paid for the enrolment, when <see cref="Source"/> is a purchase.</summary>
    public Guid? OrderId { get; private set; }

    /// <summary>When the enrolment ended (its purchase was refunded); null while the learner may go on.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public bool HasEnded => EndedAt is not null;

    public static Enrollment Start(Guid courseId, Guid learnerId, EnrollmentSource source, DateTimeOffset now, Guid? orderId = null) => new()
    {
        OrderId = orderId,
        Id = Guid.CreateVersion7(now),
        CourseId = courseId,
        LearnerId = learnerId,
        Source = source,
        EnrolledAt = now,
    };

    public void Complete(DateTimeOffset now) => CompletedAt ??= now;

    /// <summary>Ends the enrolment if <paramref name="orderId"/> paid for it and it has not ended yet; false otherwise.</summary>
    public bool EndForRefund(Guid orderId, DateTimeOffset now)
    {
        if (Source != EnrollmentSource.Purchase || OrderId != orderId || HasEnded)
        {
            return false;
        }
        EndedAt = now;
        return true;
    }

    /// <summary>A new purchase after a refund opens the ended enrolment again, paid by the new order.</summary>
    public bool ResumeForPurchase(Guid orderId)
    {
        if (!HasEnded)
        {
            return false;
        }
        EndedAt = null;
        Source = EnrollmentSource.Purchase;
        OrderId = orderId;
        return true;
    }
}
