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

namespace Azora.Lms.Features.Announcements;

/// <summary>A course's announcements, newest first, for its instructors and its enrolled learners.</summary>
internal static class ListAnnouncements
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapGet("/{id:guid}/announcements", HandleAsync)
            .WithName("ListAnnouncements")
            .WithSummary("List the course's announcements, newest first, with cursor pagination (its instructors and enrolled learners).");

    private static async Task<Results<Ok<AnnouncementPage>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        string? limit,
        string? cursor,
        ClaimsPrincipal caller,
        LmsDbContext db,
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
        if (!caller.CanTeach(callerId, course) && !await db.Enrollments.AnyAsync(e => e.CourseId == id && e.LearnerId == callerId, cancellationToken))
        {
            return course.IsPublished ? LmsProblems.NotEnrolled() : LmsProblems.NoCourse();
        }

        var query = db.Announcements.AsNoTracking().Where(a => a.CourseId == id);
        if (after is { } last)
        {
            query = query.Where(a => a.Id.CompareTo(last) < 0);
        }
        var found = await query.OrderByDescending(a => a.Id).Take(pageLimit + 1).ToListAsync(cancellationToken);
        var items = found.Take(pageLimit).Select(AnnouncementResponse.From).ToList();
        var next = found.Count > pageLimit ? PageQuery.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new AnnouncementPage(items, next));
    }
}
