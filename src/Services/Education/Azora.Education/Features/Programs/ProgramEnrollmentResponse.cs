using Azora.Education.Domain;

namespace Azora.Education.Features.Programs;

/// <summary>A program enrolment and the courses it asked azora-lms to enrol the learner in, in program order.</summary>
internal sealed record ProgramEnrollmentResponse(
    Guid Id, Guid ProgramId, Guid LearnerId, DateTimeOffset EnrolledAt, IReadOnlyList<Guid> CourseIds, DateTimeOffset? CompletedAt)
{
    public static ProgramEnrollmentResponse From(ProgramEnrollment enrollment, LearningProgram program, DateTimeOffset? completedAt) =>
        new(enrollment.Id, enrollment.ProgramId, enrollment.LearnerId, enrollment.EnrolledAt, program.CourseIdsInOrder, completedAt);
}
