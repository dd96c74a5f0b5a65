namespace Azora.Lms.Domain;

/// <summary>An instructor the owner added to teach a course with them.</summary>
internal sealed class CourseInstructor
{
    public Guid CourseId { get; set; }
    public Guid AccountId { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
