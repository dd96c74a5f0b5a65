using Azora.Lms.Domain;
using Azora.Lms.Features.Gradebook;

namespace Azora.Lms.Features.Progress;

internal sealed record LessonProgressResponse(
    Guid LessonId,
    string Title,
    string Kind,
    bool Required,
    bool Done,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? DueAt,
    decimal? BestPercent,
    bool? QuizPassed);

/// <summary>A learner's progress through a course: required lessons done, percent, grade, and each lesson with its due date.</summary>
internal sealed record ProgressResponse(
    Guid CourseId,
    Guid LearnerId,
    DateTimeOffset EnrolledAt,
    DateTimeOffset? CompletedAt,
    int RequiredDone,
    int RequiredTotal,
    decimal Percent,
    GradeResponse Grade,
    IReadOnlyList<LessonProgressResponse> Lessons)
{
    public static ProgressResponse From(Enrollment enrollment, CourseProgress progress) => new(
        enrollment.CourseId,
        enrollment.LearnerId,
        enrollment.EnrolledAt,
        enrollment.CompletedAt,
        progress.RequiredDone,
        progress.RequiredTotal,
        progress.Percent,
        GradeResponse.From(progress.Grade),
        [.. progress.Lessons.Select(l => new LessonProgressResponse(
            l.Lesson.Id, l.Lesson.Title, WireNames.Of(l.Lesson.Kind), l.Lesson.Required, l.Done, l.CompletedAt, l.DueAt, l.Quiz?.BestPercent, l.Quiz?.Passed))]);
}
