using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Lms.Features.Courses;

/// <summary>An instructor of the course replaces its description, price, prerequisites and completion rule.</summary>
internal static class EditCourse
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapPut("/{id:guid}", HandleAsync)
            .WithName("EditCourse")
            .WithSummary("Replace a course's description, price, prerequisites and minimum grade (its instructors only).");

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        CourseRequest request,
        ClaimsPrincipal caller,
        LmsDbContext db,
        LmsOutbox outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var course = await CourseLoading.LoadAsync(db, id, cancellationToken);
        if (course is null || !caller.CanSee(callerId, course))
        {
            return LmsProblems.NoCourse();
        }
        if (!caller.CanTeach(callerId, course))
        {
            return LmsProblems.InstructorsOnly();
        }
        var details = request.ToDetails();
        var problems = await CourseRequest.ProblemsAsync(db, details, course.Id, cancellationToken);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var now = clock.GetUtcNow();
        course.Describe(details, now);
        return await outbox.TryCommitAsync(cancellationToken, CatalogAnnouncement.AfterChange(course, now))
            ? TypedResults.Ok(CourseResponse.From(course))
            : LmsProblems.ChangedMeanwhile();
    }
}
