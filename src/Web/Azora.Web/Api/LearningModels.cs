namespace Azora.Web.Api;

/// <summary>A course as azora-lms shows it to its learners: modules and lessons in order.</summary>
public sealed record LmsCourse(Guid Id, Guid OwnerId, string Title, string Summary, string Status, long PriceMinor, string Currency, IReadOnlyList<LmsModule> Modules)
{
    public IEnumerable<LmsLesson> LessonsInOrder => Modules.OrderBy(m => m.Position).SelectMany(m => m.Lessons.OrderBy(l => l.Position));
}

public sealed record LmsModule(Guid Id, string Title, int Position, IReadOnlyList<LmsLesson> Lessons);

public sealed record LmsLesson(
    Guid Id,
    Guid ModuleId,
    int Position,
    string Title,
    string Kind,
    Guid? ContentItemId,
    string? VideoUrl,
    string? CaptionsUrl,
    Guid? QuizId,
    bool Required);

public sealed record CourseProgress(
    Guid CourseId,
    Guid LearnerId,
    DateTimeOffset EnrolledAt,
    DateTimeOffset? CompletedAt,
    int RequiredDone,
    int RequiredTotal,
    decimal Percent,
    IReadOnlyList<LessonProgress> Lessons);

public sealed record LessonProgress(
    Guid LessonId,
    string Title,
    string Kind,
    bool Required,
    bool Done,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? DueAt,
    decimal? BestPercent,
    bool? QuizPassed);

public sealed record PublishedContent(Guid ItemId, string Title, string Html);

public sealed record LearnerDashboard(Guid LearnerId, DashboardSection<DashboardCourse> Courses, DashboardSection<DashboardProgram> Programs);

public sealed record DashboardSection<T>(string Status, string? Reason, IReadOnlyList<T> Items);

public sealed record DashboardCourse(
    Guid CourseId,
    string? Title,
    DateTimeOffset EnrolledAt,
    decimal ProgressPercent,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<DashboardDueDate> NextDueDates);

public sealed record DashboardDueDate(Guid LessonId, string? LessonTitle, DateTimeOffset DueAt);

public sealed record DashboardProgram(Guid ProgramId, string Title, string Kind, DateTimeOffset EnrolledAt, int CoursesCompleted, int CoursesTotal, DateTimeOffset? CompletedAt);
