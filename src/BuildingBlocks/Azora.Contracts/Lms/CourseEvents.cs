namespace Azora.Contracts.Lms;

/// <summary>
/// A course is (re)published and open for enrolment, with what the public catalog and credentials need to describe it.
/// Published again on every later publication, so that consumers keep the latest by <see cref="PublishedAt"/>.
/// </summary>
/// <param name="PriceMinor">The price in minor units of <see cref="Currency"/>; 0 for a free course.</param>
/// <param name="Skills">Skill names the course teaches, e.g. <c>SQL joins</c>.</param>
[MessageName("azora-lms.course-published.v1")]
public sealed record CoursePublished(
    Guid CourseId,
    string Title,
    string Summary,
    string Subject,
    string Level,
    string Language,
    long PriceMinor,
    string Currency,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Guid> InstructorIds,
    int LessonCount,
    DateTimeOffset PublishedAt);

/// <summary>A course was withdrawn from the catalog; enrolled learners keep their access and progress.</summary>
[MessageName("azora-lms.course-unpublished.v1")]
public sealed record CourseUnpublished(Guid CourseId, DateTimeOffset UnpublishedAt);

/// <summary>A learner was enrolled in a course.</summary>
[MessageName("azora-lms.learner-enrolled.v1")]
public sealed record LearnerEnrolled(Guid EnrollmentId, Guid CourseId, Guid LearnerId, DateTimeOffset EnrolledAt);

/// <summary>A learner completed a lesson for the first time.</summary>
[MessageName("azora-lms.lesson-completed.v1")]
public sealed record LessonCompleted(Guid CourseId, Guid LessonId, Guid LearnerId, DateTimeOffset CompletedAt);

/// <summary>
/// A learner met every completion rule of a course. Published exactly once per learner and course.
/// </summary>
/// <param name="Grade">The learner's weighted gradebook result, 0 to 100.</param>
[MessageName("azora-lms.course-completed.v1")]
public sealed record CourseCompleted(
    Guid LearnerId,
    Guid CourseId,
    string CourseTitle,
    string CourseSummary,
    IReadOnlyList<string> Skills,
    decimal Grade,
    DateTimeOffset CompletedAt);
