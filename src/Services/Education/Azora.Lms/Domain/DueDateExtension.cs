namespace Azora.Lms.Domain;

/// <summary>An instructor moved one lesson's due date for one learner.</summary>
internal sealed class DueDateExtension
{
    public Guid LessonId { get; set; }
    public Guid LearnerId { get; set; }
    public Guid CourseId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public Guid GrantedBy { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
}
