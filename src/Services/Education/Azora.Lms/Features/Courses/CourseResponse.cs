using Azora.Lms.Domain;

namespace Azora.Lms.Features.Courses;

internal sealed record LessonResponse(
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
    string? GradeCategory)
{
    public static LessonResponse From(Lesson lesson) => new(
        lesson.Id, lesson.ModuleId, lesson.Position, lesson.Title, WireNames.Of(lesson.Kind), lesson.ContentItemId, lesson.VideoUrl,
        lesson.CaptionsUrl, lesson.QuizId, lesson.Required, lesson.DueOffsetDays, lesson.GradeCategory);
}

internal sealed record ModuleResponse(Guid Id, string Title, int Position, IReadOnlyList<LessonResponse> Lessons);

internal sealed record GradeCategoryResponse(string Name, decimal Weight, int DropLowest);

/// <summary>A course as its instructors and (once published) its learners see it, modules and lessons in order.</summary>
internal sealed record CourseResponse(
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
    DateTimeOffset? PublishedAt,
    IReadOnlyList<ModuleResponse> Modules,
    IReadOnlyList<GradeCategoryResponse> GradeCategories,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static CourseResponse From(Course course) => new(
        course.Id,
        course.OwnerId,
        [.. course.CoInstructors.OrderBy(c => c.AddedAt).Select(c => c.AccountId)],
        course.Title,
        course.Summary,
        course.Subject,
        course.Level,
        course.Language,
        course.PriceMinor,
        course.Currency,
        course.Skills,
        course.PrerequisiteIds,
        course.MinimumGrade,
        course.IsPublished ? "published" : "draft",
        course.PublishedAt,
        [.. course.Modules.OrderBy(m => m.Position).Select(m => new ModuleResponse(
            m.Id, m.Title, m.Position, [.. course.Lessons.Where(l => l.ModuleId == m.Id).OrderBy(l => l.Position).Select(LessonResponse.From)]))],
        [.. course.GradeCategories.OrderBy(g => g.Name, StringComparer.Ordinal).Select(g => new GradeCategoryResponse(g.Name, g.Weight, g.DropLowest))],
        course.CreatedAt,
        course.UpdatedAt);
}
