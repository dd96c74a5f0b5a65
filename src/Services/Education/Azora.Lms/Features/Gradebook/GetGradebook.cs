using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Gradebook;

internal sealed record GradedItemResponse(Guid LessonId, string Title, string? Category, decimal? BestPercent, bool? Passed);

internal sealed record GradebookRow(Guid LearnerId, decimal? Grade, IReadOnlyList<CategoryGradeResponse> Categories, IReadOnlyList<GradedItemResponse> Items);

internal sealed record GradebookResponse(Guid CourseId, IReadOnlyList<GradebookRow> Rows, string? NextCursor);

/// <summary>
/// The course's gradebook: every enrolled learner's row for its instructors (a page at a time, in enrolment order), and
/// only their own row for a learner.
/// </summary>
internal static class GetGradebook
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapGet("/{id:guid}/gradebook", HandleAsync)
            .WithName("GetGradebook")
            .WithSummary("Read the weighted gradebook: all learners for the course's instructors (cursor pagination), the caller's own row for a learner.");

    private static async Task<Results<Ok<GradebookResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        string? limit,
        string? cursor,
        ClaimsPrincipal caller,
        LmsDbContext db,
        LearningRecorder recorder,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var errors = new Dictionary<string, string[]>();
        var pageLimit = PageQuery.ReadLimit(limit, errors);
        var after = PageQuery.ReadIdCursor(cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var course = await CourseLoading.LoadAsync(db, id, cancellationToken);
        if (course is null)
        {
            return LmsProblems.NoCourse();
        }

        List<Enrollment> enrollments;
        string? next = null;
        if (caller.CanTeach(callerId, course))
        {
            var query = db.Enrollments.Where(e => e.CourseId == id);
            if (after is { } last)
            {
                query = query.Where(e => e.Id.CompareTo(last) > 0);
            }
            enrollments = await query.OrderBy(e => e.Id).Take(pageLimit + 1).ToListAsync(cancellationToken);
            if (enrollments.Count > pageLimit)
            {
                enrollments = enrollments[..pageLimit];
                next = PageQuery.CursorOf(enrollments[^1].Id);
            }
        }
        else
        {
            var own = await db.Enrollments.SingleOrDefaultAsync(e => e.CourseId == id && e.LearnerId == callerId, cancellationToken);
            if (own is null)
            {
                return course.IsPublished ? LmsProblems.NotEnrolled() : LmsProblems.NoCourse();
            }
            enrollments = [own];
        }

        var rows = new List<GradebookRow>();
        foreach (var enrollment in enrollments)
        {
            var progress = await recorder.ProgressAsync(course, enrollment, cancellationToken);
            var grade = GradeResponse.From(progress.Grade);
            rows.Add(new GradebookRow(
                enrollment.LearnerId,
                grade.Grade,
                grade.Categories,
                [.. progress.Lessons
                    .Where(l => l.Lesson.Kind == LessonKind.Quiz)
                    .Select(l => new GradedItemResponse(l.Lesson.Id, l.Lesson.Title, l.Lesson.GradeCategory, l.Quiz?.BestPercent, l.Quiz?.Passed))]));
        }
        return TypedResults.Ok(new GradebookResponse(course.Id, rows, next));
    }
}
