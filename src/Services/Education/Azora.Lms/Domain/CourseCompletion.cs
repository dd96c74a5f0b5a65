namespace Azora.Lms.Domain;

/// <summary>
/// A learner completed a course. Its key is the learner and the course, and it is written in the same transaction as the
/// CourseCompleted event, so the event can only ever be published once for each.
/// </summary>
internal sealed class CourseCompletion
{
    public Guid CourseId { get; set; }
    public Guid LearnerId { get; set; }
    public decimal Grade { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
}
