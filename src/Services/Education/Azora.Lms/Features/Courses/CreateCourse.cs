using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Lms.Features.Courses;

/// <summary>An instructor starts a course, which they own; it stays a draft only its instructors see until published.</summary>
internal static class CreateCourse
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapPost("/", HandleAsync)
            .WithName("CreateCourse")
            .WithSummary("Create a draft course owned by the signed-in instructor (priceMinor 0 is free; currency is ISO 4217, ZAR by default).");

    private static async Task<Results<Created<CourseResponse>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        CourseRequest request,
        ClaimsPrincipal caller,
        LmsDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var ownerId))
        {
            return TypedResults.Forbid();
        }
        var details = request.ToDetails();
        var problems = await CourseRequest.ProblemsAsync(db, details, null, cancellationToken);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var course = Course.Create(ownerId, details, clock.GetUtcNow());
        db.Courses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/courses/{course.Id}", CourseResponse.From(course));
    }
}
