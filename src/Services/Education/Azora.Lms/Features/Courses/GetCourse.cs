using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Lms.Features.Courses;

/// <summary>A published course for anyone signed in; a draft for its instructors only, and as missing to everyone else.</summary>
internal static class GetCourse
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetCourse")
            .WithSummary("Read a course with its modules and lessons in order (drafts: its instructors only).");

    private static async Task<Results<Ok<CourseResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        LmsDbContext db,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var course = await CourseLoading.LoadAsync(db, id, cancellationToken);
        return course is null || !caller.CanSee(callerId, course)
            ? LmsProblems.NoCourse()
            : TypedResults.Ok(CourseResponse.From(course));
    }
}
