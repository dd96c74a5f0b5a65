namespace Azora.Education.Domain;

/// <summary>A learner's enrolment in a program; one per learner and program.</summary>
internal sealed class ProgramEnrollment
{
    private ProgramEnrollment()
    {
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid LearnerId { get; private set; }
    public DateTimeOffset EnrolledAt { get; private set; }

    public static ProgramEnrollment Start(Guid programId, Guid learnerId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), ProgramId = programId, LearnerId = learnerId, EnrolledAt = now };
}

/// <summary>A learner completed every course of a program; one per learner and program, so it is announced once.</summary>
internal sealed record ProgramCompletion(Guid ProgramId, Guid LearnerId, DateTimeOffset CompletedAt);
