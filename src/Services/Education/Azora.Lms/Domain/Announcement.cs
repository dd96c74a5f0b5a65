namespace Azora.Lms.Domain;

/// <summary>A message an instructor posts to everyone enrolled in a course.</summary>
internal sealed class Announcement
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 10_000;

    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    public Guid AuthorId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset PostedAt { get; set; }
}
