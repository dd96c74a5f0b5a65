namespace Azora.Lms.Domain;

/// <summary>A learner's place in a course; one per learner and course. Due dates count from <see cref="EnrolledAt"/>.</summary>
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

    public static Enrollment Start(Guid courseId, Guid learnerId, EnrollmentSource source, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CourseId = courseId,
        LearnerId = learnerId,
        Source = source,
        EnrolledAt = now,
    };

    public void Complete(DateTimeOffset now) => CompletedAt ??= now;
}
