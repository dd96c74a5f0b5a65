namespace Azora.Lms.Domain;

/// <summary>A titled section of a course; modules keep the order they were added in.</summary>
internal sealed class CourseModule
{
    public const int TitleMaxLength = 200;

    private CourseModule()
    {
    }

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }
    public string Title { get; private set; } = "";
    public int Position { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public void MoveTo(int position) => Position = position;

    public void Rename(string title) => Title = title.Trim();

    public static CourseModule Create(Guid courseId, string title, int position, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CourseId = courseId,
        Title = title.Trim(),
        Position = position,
        CreatedAt = now,
    };
}
