namespace Azora.Web.Api;

/// <summary>What the instructor studio reads: taught courses (azora-lms), the question bank and quizzes (azora-assessment).</summary>
public sealed record TaughtCourse(Guid Id, string Title, string Status, bool IsOwner, DateTimeOffset UpdatedAt);

public sealed record TaughtCoursePage(IReadOnlyList<TaughtCourse> Items, string? NextCursor);

public sealed record QuestionPage(IReadOnlyList<BankQuestion> Items, string? NextCursor);

public sealed record QuizPage(IReadOnlyList<QuizSummary> Items, string? NextCursor);

public sealed record Created(Guid Id);

public sealed record CreatedContent(Created Item);

/// <summary>A course as its instructors see it in azora-lms: its description, modules and lessons in order, gradebook categories.</summary>
public sealed record StudioCourse(
    Guid Id,
    Guid OwnerId,
    IReadOnlyList<Guid> CoInstructorIds,
    string Title,
    string Summary,
    string Subject,
    string Level,
    string Language,
    long PriceMinor,
    string Currency,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Guid> Prerequisites,
    decimal MinimumGrade,
    string Status,
    IReadOnlyList<StudioModule> Modules,
    IReadOnlyList<GradeCategory> GradeCategories)
{
    public bool IsPublished => Status == "published";

    public IEnumerable<StudioModule> ModulesInOrder => Modules.OrderBy(m => m.Position);

    public IEnumerable<StudioLesson> LessonsInOrder => ModulesInOrder.SelectMany(m => m.LessonsInOrder);
}

public sealed record StudioModule(Guid Id, string Title, int Position, IReadOnlyList<StudioLesson> Lessons)
{
    public IEnumerable<StudioLesson> LessonsInOrder => Lessons.OrderBy(l => l.Position);
}

public sealed record StudioLesson(
    Guid Id,
    Guid ModuleId,
    int Position,
    string Title,
    string Kind,
    Guid? ContentItemId,
    string? VideoUrl,
    string? CaptionsUrl,
    Guid? QuizId,
    bool Required,
    int? DueOffsetDays,
    string? GradeCategory);

public sealed record GradeCategory(string Name, decimal Weight, int DropLowest);

/// <summary>A version of a content item with its markdown (azora-content), to edit a reading.</summary>
public sealed record ContentVersion(ContentVersionSummary Version, string Markdown);

public sealed record ContentVersionSummary(Guid ItemId, int Number, string State);

public sealed record ContentItemHistory(ContentItemSummary Item, IReadOnlyList<ContentVersionSummary> Versions);

public sealed record ContentItemSummary(Guid Id, string Title, int LatestVersion, int? PublishedVersion);
