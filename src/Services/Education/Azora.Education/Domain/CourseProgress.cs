namespace Azora.Education.Domain;

/// <summary>
/// A learner's progress in one course, projected from azora-lms's events so that a guardian can follow it without the
/// learner's token. Events may arrive in any order, so each one fills in its own part.
/// </summary>
internal sealed class CourseProgress
{
    private CourseProgress()
    {
    }

    public Guid LearnerId { get; private set; }
    public Guid CourseId { get; private set; }
    public DateTimeOffset? EnrolledAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public decimal? Grade { get; private set; }

    public static CourseProgress For(Guid learnerId, Guid courseId) => new() { LearnerId = learnerId, CourseId = courseId };

    public void Enrolled(DateTimeOffset at)
    {
        if (EnrolledAt is null || at < EnrolledAt)
        {
            EnrolledAt = at;
        }
    }

    /// <summary>Records the completion once; false when the course was already completed.</summary>
    public bool Completed(DateTimeOffset at, decimal grade)
    {
        if (CompletedAt is not null)
        {
            return false;
        }
        CompletedAt = at;
        Grade = grade;
        return true;
    }
}

/// <summary>A lesson a learner completed; one per learner and lesson, so the count of lessons done never doubles.</summary>
internal sealed record LessonCompletion(Guid LearnerId, Guid LessonId, Guid CourseId, DateTimeOffset CompletedAt);
