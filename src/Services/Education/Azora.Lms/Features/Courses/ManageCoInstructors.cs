using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Lms.Features.Courses;

/// <summary>The owner adds or removes co-instructors, who then author and teach the course as the owner does.</summary>
internal static class ManageCoInstructors
{
    public static void Map(IEndpointRouteBuilder courses)
    {
        courses.MapPut("/{id:guid}/instructors/{accountId:guid}", AddAsync)
            .WithName("AddCoInstructor")
            .WithSummary("Make another instructor a co-instructor of the course (owner only).");
        courses.MapDelete("/{id:guid}/instructors/{accountId:guid}", RemoveAsync)
            .WithName("RemoveCoInstructor")
            .WithSummary("Remove a co-instructor from the course (owner only).");
    }

    private static Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> AddAsync(
        Guid id, Guid accountId, ClaimsPrincipal caller, LmsDbContext db, LmsOutbox outbox, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, caller, db, outbox, cancellationToken, course => course.AddCoInstructor(accountId, clock.GetUtcNow()),
            (actor, course, now) => LmsAudit.InstructorAdded(actor, course, accountId, now), clock);

    private static Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> RemoveAsync(
        Guid id, Guid accountId, ClaimsPrincipal caller, LmsDbContext db, LmsOutbox outbox, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, caller, db, outbox, cancellationToken, course =>
        {
            course.RemoveCoInstructor(accountId, clock.GetUtcNow());
            return null;
        }, (actor, course, now) => LmsAudit.InstructorRemoved(actor, course, accountId, now), clock);

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ChangeAsync(
        Guid id,
        ClaimsPrincipal caller,
        LmsDbContext db,
        LmsOutbox outbox,
        CancellationToken cancellationToken,
        Func<Domain.Course, string?> change,
        Func<Guid, Guid, DateTimeOffset, Contracts.Audit.AuditEventRecorded> audit,
        TimeProvider clock)
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
        if (!caller.CanManageInstructors(callerId, course))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the course's owner manages its co-instructors.");
        }
        var revision = course.Revision;
        if (change(course) is { } refusal)
        {
            return LmsProblems.Field("accountId", refusal);
        }
        if (course.Revision == revision)
        {
            // Already so: nothing to save or to record.
            return TypedResults.Ok(CourseResponse.From(course));
        }
        // The catalog lists a published course's instructors.
        var now = clock.GetUtcNow();
        return await outbox.TryCommitAsync(cancellationToken, [.. CatalogAnnouncement.AfterChange(course, now), audit(callerId, course.Id, now)])
            ? TypedResults.Ok(CourseResponse.From(course))
            : LmsProblems.ChangedMeanwhile();
    }
}
