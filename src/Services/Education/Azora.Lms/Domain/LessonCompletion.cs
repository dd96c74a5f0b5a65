namespace Azora.Lms.Domain;

/// <summary>A learner finished a lesson; recorded once, the first time.</summary>
internal sealed class LessonCompletion
{
    public Guid LessonId { get; set; }
    public Guid LearnerId { get; set; }
    public Guid CourseId { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
}
