using System.Security.Claims;
using Azora.Contracts.Lms;
using Azora.Lms.Data;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Lms.Features.Courses;

/// <summary>
/// An instructor opens the course for enrolment (CoursePublished) or withdraws it (CourseUnpublished); enrolled learners
/// keep their access and progress either way.
/// </summary>
internal static class PublishCourse
{
    public static void Map(IEndpointRouteBuilder courses)
    {
        courses.MapPost("/{id:guid}/publish", PublishAsync)
            .WithName("PublishCourse")
            .WithSummary("Publish the course to the catalog; refused (422, errors.lessons) while it has no lessons.");
        courses.MapPost("/{id:guid}/unpublish", UnpublishAsync)
            .WithName("UnpublishCourse")
            .WithSummary("Withdraw the course from the catalog; enrolled learners keep their access.");
    }

    private static async Task<Results<Ok<CourseResponse>, ProblemHttpResult, ForbidHttpResult>> PublishAsync(
        Guid id, ClaimsPrincipal caller, LmsDbContext db, LmsOutbox outbox, TimeProvider clock, CancellationToken cancellationToken)
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
        var now = clock.GetUtcNow();
        if (course.Publish(now) is { } refusal)
        {
            return LmsProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The course cannot be published yet.", new Dictionary<string, string[]> { ["lessons"] = [refusal] });
        }
        return await outbox.TryCommitAsync(cancellationToken, CatalogAnnouncement.Of(course, now), LmsAudit.CoursePublished(callerId, course.Id, now))
            ? TypedResults.Ok(CourseResponse.From(course))
            : LmsProblems.ChangedMeanwhile();
    }

    private static async Task<Results<Ok<CourseResponse>, ProblemHttpResult, ForbidHttpResult>> UnpublishAsync(
        Guid id, ClaimsPrincipal caller, LmsDbContext db, LmsOutbox outbox, TimeProvider clock, CancellationToken cancellationToken)
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
        if (!course.IsPublished)
        {
            return TypedResults.Ok(CourseResponse.From(course));
        }
        var now = clock.GetUtcNow();
        course.Unpublish(now);
        return await outbox.TryCommitAsync(cancellationToken, new CourseUnpublished(course.Id, now), LmsAudit.CourseUnpublished(callerId, course.Id, now))
            ? TypedResults.Ok(CourseResponse.From(course))
            : LmsProblems.ChangedMeanwhile();
    }
}
