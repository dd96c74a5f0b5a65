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

    public static Lesson Create(Guid courseId, Guid moduleId, int position, LessonDefinition definition, DateTimeOffset now)
    {
        var lesson = new Lesson
        {
            Id = Guid.CreateVersion7(now),
            CourseId = courseId,
            ModuleId = moduleId,
            Position = position,
            Kind = definition.Kind,
            CreatedAt = now,
        };
        lesson.Redefine(definition);
        return lesson;
    }

    public void MoveTo(int position) => Position = position;

    /// <summary>
    /// Replaces what the lesson is, keeping its kind, place and learners' completions; <paramref name="definition"/> has
    /// been checked against the rules of its kind.
    /// </summary>
    public void Redefine(LessonDefinition definition)
    {
        if (definition.Kind != Kind)
        {
            throw new ArgumentException("A lesson keeps its kind; add a new lesson for another kind.", nameof(definition));
        }
        Title = definition.Title.Trim();
        ContentItemId = definition.ContentItemId;
        VideoUrl = definition.VideoUrl;
        CaptionsUrl = definition.CaptionsUrl;
        QuizId = definition.QuizId;
        Required = definition.Required;
        DueOffsetDays = definition.DueOffsetDays;
        GradeCategory = definition.GradeCategory;
    }
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
