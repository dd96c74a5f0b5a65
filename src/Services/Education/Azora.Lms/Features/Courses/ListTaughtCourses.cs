using System.Security.Claims;
using Azora.Lms.Data;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Courses;

internal sealed record TaughtCourse(Guid Id, string Title, string Status, bool IsOwner, DateTimeOffset UpdatedAt);

internal sealed record TaughtCoursePage(IReadOnlyList<TaughtCourse> Items, string? NextCursor);

/// <summary>The courses the caller owns or co-teaches, newest first (the public catalog is azora-education's).</summary>
internal static class ListTaughtCourses
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapGet("/", HandleAsync)
            .WithName("ListTaughtCourses")
            .WithSummary("List the courses the signed-in instructor owns or co-teaches, newest first, with cursor pagination.");

    private static async Task<Results<Ok<TaughtCoursePage>, ValidationProblem, ForbidHttpResult>> HandleAsync(
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
        var page = PageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Courses.AsNoTracking().Where(c => c.OwnerId == callerId || c.CoInstructors.Any(i => i.AccountId == callerId));
        if (page.After is { } after)
        {
            query = query.Where(c => c.Id.CompareTo(after) < 0);
        }
        var found = await query
            .OrderByDescending(c => c.Id)
            .Take(page.Limit + 1)
            .Select(c => new TaughtCourse(c.Id, c.Title, c.IsPublished ? "published" : "draft", c.OwnerId == callerId, c.UpdatedAt))
            .ToListAsync(cancellationToken);
        var items = found.Take(page.Limit).ToList();
        var next = found.Count > page.Limit ? PageQuery.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new TaughtCoursePage(items, next));
    }
}
