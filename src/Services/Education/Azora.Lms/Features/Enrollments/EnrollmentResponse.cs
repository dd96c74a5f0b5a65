using Azora.Lms.Domain;

namespace Azora.Lms.Features.Enrollments;

internal sealed record EnrollmentResponse(Guid Id, Guid CourseId, Guid LearnerId, string Source, DateTimeOffset EnrolledAt, DateTimeOffset? CompletedAt)
{
    public static EnrollmentResponse From(Enrollment enrollment) => new(
        enrollment.Id, enrollment.CourseId, enrollment.LearnerId, enrollment.Source.ToString().ToLowerInvariant(), enrollment.EnrolledAt, enrollment.CompletedAt);
}
