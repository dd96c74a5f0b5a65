namespace Azora.Education.Features.Dashboard;

/// <summary>
/// A learner's dashboard: their courses (from azora-lms) and programs (from azora-education). A section that could
/// not be gathered says so with <c>status: "unavailable"</c> and a reason, and the rest is still shown.
/// </summary>
internal sealed record DashboardResponse(Guid LearnerId, DashboardSection<DashboardCourse> Courses, DashboardSection<DashboardProgram> Programs);

internal sealed record DashboardSection<T>(string Status, string? Reason, IReadOnlyList<T> Items)
{
    public const string Available = "available";
    public const string Unavailable = "unavailable";

    public static DashboardSection<T> Of(IReadOnlyList<T> items) => new(Available, null, items);

    public static DashboardSection<T> Missing(string reason) => new(Unavailable, reason, []);
}

internal sealed record DashboardCourse(
    Guid CourseId,
    string? Title,
    DateTimeOffset EnrolledAt,
    decimal ProgressPercent,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<DashboardDueDate> NextDueDates);

internal sealed record DashboardDueDate(Guid LessonId, string? LessonTitle, DateTimeOffset DueAt);

internal sealed record DashboardProgram(
    Guid ProgramId,
    string Title,
    string Kind,
    DateTimeOffset EnrolledAt,
    int CoursesCompleted,
    int CoursesTotal,
    DateTimeOffset? CompletedAt);
