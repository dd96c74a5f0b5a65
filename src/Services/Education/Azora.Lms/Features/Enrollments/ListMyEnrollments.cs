using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Enrollments;

internal sealed record DueDateResponse(Guid LessonId, string LessonTitle, DateTimeOffset DueAt);

internal sealed record MyEnrollment(
    Guid CourseId,
    string CourseTitle,
    DateTimeOffset EnrolledAt,
    decimal ProgressPercent,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<DueDateResponse> NextDueDates);

internal sealed record MyEnrollmentPage(IReadOnlyList<MyEnrollment> Items, string? NextCursor);

/// <summary>
/// The caller's active enrolments (not ended by a refund), newest first, with progress and the next due dates of lessons not yet done. azora-education's
/// learner dashboard reads exactly this shape with the learner's own token.
/// </summary>
internal static class ListMyEnrollments
{
    public const int DueDatesShown = 5;

    public static void Map(IEndpointRouteBuilder me) =>
        me.MapGet("/enrollments", HandleAsync)
            .WithName("ListMyEnrollments")
            .WithSummary("List the signed-in learner's enrolments with progress and next due dates, newest first, with cursor pagination.");

    private static async Task<Results<Ok<MyEnrollmentPage>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        string? limit,
        string? cursor,
        ClaimsPrincipal caller,
        LmsDbContext db,
        LearningRecorder recorder,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
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

        var query = db.Enrollments.Where(e => e.LearnerId == learnerId && e.EndedAt == null);
        if (after is { } last)
        {
            query = query.Where(e => e.Id.CompareTo(last) < 0);
        }
        var enrollments = await query.OrderByDescending(e => e.Id).Take(pageLimit + 1).ToListAsync(cancellationToken);

        var items = new List<MyEnrollment>();
        foreach (var enrollment in enrollments.Take(pageLimit))
        {
            var course = await CourseLoading.LoadAsync(db, enrollment.CourseId, cancellationToken);
            if (course is null)
            {
                continue;
            }
            var progress = await recorder.ProgressAsync(course, enrollment, cancellationToken);
            var due = progress.Lessons
                .Where(l => !l.Done && l.DueAt is not null)
                .OrderBy(l => l.DueAt)
                .Take(DueDatesShown)
                .Select(l => new DueDateResponse(l.Lesson.Id, l.Lesson.Title, l.DueAt!.Value))
                .ToList();
            items.Add(new MyEnrollment(course.Id, course.Title, enrollment.EnrolledAt, progress.Percent, enrollment.CompletedAt, due));
        }
        var next = enrollments.Count > pageLimit ? PageQuery.CursorOf(enrollments[pageLimit - 1].Id) : null;
        return TypedResults.Ok(new MyEnrollmentPage(items, next));
    }
}
