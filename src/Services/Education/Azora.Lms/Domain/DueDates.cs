namespace Azora.Lms.Domain;

/// <summary>Self-paced due dates: a lesson is due its offset in days after the learner enrolled, unless an instructor extended it.</summary>
internal static class DueDates
{
    public static DateTimeOffset? DueAt(Lesson lesson, DateTimeOffset enrolledAt, DateTimeOffset? extendedTo) =>
        extendedTo ?? (lesson.DueOffsetDays is { } days ? enrolledAt.AddDays(days) : null);
}
