using Azora.Contracts.Lms;
using Azora.Lms.Domain;

namespace Azora.Lms.Features.Courses;

/// <summary>
/// The CoursePublished event for a published course, sent on publication and again whenever a published course's
/// description or lessons change, so the catalog keeps the latest (by <c>PublishedAt</c>).
/// </summary>
internal static class CatalogAnnouncement
{
    public static CoursePublished Of(Course course, DateTimeOffset now) => new(
        course.Id,
        course.Title,
        course.Summary,
        course.Subject,
        course.Level,
        course.Language,
        course.PriceMinor,
        course.Currency,
        [.. course.Skills],
        [.. course.InstructorIds],
        course.Lessons.Count,
        now);

    /// <summary>The event to send after a change: a fresh CoursePublished for a published course, none for a draft.</summary>
    public static object[] AfterChange(Course course, DateTimeOffset now) => course.IsPublished ? [Of(course, now)] : [];
}
