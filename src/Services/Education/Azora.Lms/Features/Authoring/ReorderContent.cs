using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.Lms.Features.Courses;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Authoring;

internal sealed record ModuleOrderRequest([Required, MaxLength(Course.MaxModules)] IReadOnlyList<Guid>? ModuleIds);

internal sealed record LessonOrderRequest([Required, MaxLength(Course.MaxLessons)] IReadOnlyList<Guid>? LessonIds);

/// <summary>An instructor of the course puts its modules, or one module's lessons, in a new order.</summary>
internal static class ReorderContent
{
    public static void Map(IEndpointRouteBuilder courses, IEndpointRouteBuilder modules)
    {
        courses.MapPut("/{id:guid}/modules/order", ReorderModulesAsync)
            .WithName("ReorderModules")
            .WithSummary("Put the course's modules in the order given (every module once; the course's instructors only).");
        modules.MapPut("/{id:guid}/lessons/order", ReorderLessonsAsync)
            .WithName("ReorderLessons")
            .WithSummary("Put a module's lessons in the order given (every lesson of the module once; the course's instructors only).");
    }

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ReorderModulesAsync(
        Guid id, ModuleOrderRequest request, ClaimsPrincipal caller, LmsDbContext db, LmsOutbox outbox, TimeProvider clock, CancellationToken cancellationToken) =>
        await ReorderAsync(id, caller, db, outbox, cancellationToken, LmsProblems.NoCourse, "moduleIds",
            (course, now) => course.ReorderModules(request.ModuleIds!, now), clock);

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ReorderLessonsAsync(
        Guid id, LessonOrderRequest request, ClaimsPrincipal caller, LmsDbContext db, LmsOutbox outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        var courseId = await db.Modules.Where(m => m.Id == id).Select(m => (Guid?)m.CourseId).SingleOrDefaultAsync(cancellationToken);
        return await ReorderAsync(courseId ?? Guid.Empty, caller, db, outbox, cancellationToken, LmsProblems.NoModule, "lessonIds",
            (course, now) => course.ReorderLessons(course.Modules.Single(m => m.Id == id), request.LessonIds!, now), clock);
    }

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ReorderAsync(
        Guid courseId,
        ClaimsPrincipal caller,
        LmsDbContext db,
        LmsOutbox outbox,
        CancellationToken cancellationToken,
        Func<ProblemHttpResult> notFound,
        string field,
        Func<Course, DateTimeOffset, string?> reorder,
        TimeProvider clock)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var course = await CourseLoading.LoadAsync(db, courseId, cancellationToken);
        if (course is null || !caller.CanSee(callerId, course))
        {
            return notFound();
        }
        if (!caller.CanTeach(callerId, course))
        {
            return LmsProblems.InstructorsOnly();
        }
        if (reorder(course, clock.GetUtcNow()) is { } refusal)
        {
            return LmsProblems.Field(field, refusal);
        }
        return await outbox.TryCommitAsync(cancellationToken)
            ? TypedResults.Ok(CourseResponse.From(course))
            : LmsProblems.ChangedMeanwhile();
    }
}
