using Azora.Education.Data;
using Azora.Education.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Guardians;

/// <summary>A learner's progress in one course, from azora-education's own projection of azora-lms's events.</summary>
internal sealed record CourseProgressResponse(
    Guid CourseId,
    string? Title,
    DateTimeOffset? EnrolledAt,
    int LessonsCompleted,
    int LessonCount,
    decimal ProgressPercent,
    DateTimeOffset? CompletedAt,
    decimal? Grade);

internal sealed record ProgramProgressResponse(Guid ProgramId, string Title, string Kind, DateTimeOffset EnrolledAt, DateTimeOffset? CompletedAt);

internal sealed record LearnerProgressResponse(Guid LearnerId, IReadOnlyList<CourseProgressResponse> Courses, IReadOnlyList<ProgramProgressResponse> Programs);

/// <summary>Reads a learner's course and program progress, each course's lessons counted by the database.</summary>
internal static class LearnerProgressQuery
{
    public static async Task<LearnerProgressResponse> ReadAsync(EducationDbContext db, Guid learnerId, CancellationToken cancellationToken)
    {
        var courses = await (
            from p in db.Progress
            where p.LearnerId == learnerId
            join c in db.Courses on p.CourseId equals c.CourseId into catalog
            from c in catalog.DefaultIfEmpty()
            orderby p.CourseId
            select new
            {
                p.CourseId,
                Title = c == null ? null : c.Title,
                LessonCount = c == null ? 0 : c.LessonCount,
                p.EnrolledAt,
                p.CompletedAt,
                p.Grade,
                Lessons = db.LessonCompletions.Count(l => l.LearnerId == learnerId && l.CourseId == p.CourseId),
            }).ToListAsync(cancellationToken);
        var programs = await (
            from e in db.ProgramEnrollments
            join p in db.Programs on e.ProgramId equals p.Id
            where e.LearnerId == learnerId
            orderby e.EnrolledAt
            select new
            {
                p.Id,
                p.Title,
                p.Kind,
                e.EnrolledAt,
                CompletedAt = db.ProgramCompletions.Where(c => c.ProgramId == p.Id && c.LearnerId == learnerId).Select(c => (DateTimeOffset?)c.CompletedAt).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        return new LearnerProgressResponse(
            learnerId,
            [.. courses.Select(c => new CourseProgressResponse(
                c.CourseId, c.Title, c.EnrolledAt, c.Lessons, c.LessonCount, Percent(c.Lessons, c.LessonCount, c.CompletedAt is not null), c.CompletedAt, c.Grade))],
            [.. programs.Select(p => new ProgramProgressResponse(p.Id, p.Title, WireNames.Of(p.Kind), p.EnrolledAt, p.CompletedAt))]);
    }

    /// <summary>Lessons done out of the course's lessons, as a whole-number percentage; a completed course is 100.</summary>
    private static decimal Percent(int done, int total, bool completed) =>
        completed ? 100m : total == 0 ? 0m : Math.Min(100m, Math.Round(100m * done / total, 0, MidpointRounding.ToZero));
}
