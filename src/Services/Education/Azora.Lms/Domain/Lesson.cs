namespace Azora.Lms.Domain;

/// <summary>
/// One step of a course. A content lesson points at an azora-content item, a video lesson at a video and its captions,
/// a quiz lesson at an azora-assessment quiz (completed by passing it, and graded in its gradebook category).
/// </summary>
internal sealed class Lesson
{
    public const int TitleMaxLength = 200;
    public const int UrlMaxLength = 2000;
    public const int CategoryMaxLength = 60;
    public const int MaxDueOffsetDays = 3650;

    private Lesson()
    {
    }

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }
    public Guid ModuleId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; } = "";
    public LessonKind Kind { get; private set; }
    public Guid? ContentItemId { get; private set; }
    public string? VideoUrl { get; private set; }
    public string? CaptionsUrl { get; private set; }
    public Guid? QuizId { get; private set; }
    public bool Required { get; private set; }

    /// <summary>Days after the learner's enrolment by which the lesson is due (self-paced); null for no due date.</summary>
    public int? DueOffsetDays { get; private set; }

    /// <summary>The gradebook category a quiz lesson's score counts in.</summary>
    public string? GradeCategory { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Lesson Create(Guid courseId, Guid moduleId, int position, LessonDefinition definition, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CourseId = courseId,
        ModuleId = moduleId,
        Position = position,
        Title = definition.Title.Trim(),
        Kind = definition.Kind,
        ContentItemId = definition.ContentItemId,
        VideoUrl = definition.VideoUrl,
        CaptionsUrl = definition.CaptionsUrl,
        QuizId = definition.QuizId,
        Required = definition.Required,
        DueOffsetDays = definition.DueOffsetDays,
        GradeCategory = definition.GradeCategory,
        CreatedAt = now,
    };
}

/// <summary>What an instructor asks a new lesson to be, already checked against the rules of its kind.</summary>
internal sealed record LessonDefinition(
    string Title,
    LessonKind Kind,
    Guid? ContentItemId,
    string? VideoUrl,
    string? CaptionsUrl,
    Guid? QuizId,
    bool Required,
    int? DueOffsetDays,
    string? GradeCategory);
