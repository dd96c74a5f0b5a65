using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Features.Courses;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Authoring;

/// <summary>An instructor of the course gives a module a new title; its place and lessons stay.</summary>
internal static class RenameModule
{
    public static void Map(IEndpointRouteBuilder modules) =>
        modules.MapPut("/{id:guid}", HandleAsync)
            .WithName("RenameModule")
            .WithSummary("Give a module a new title, keeping its place and lessons (the course's instructors only).");

    private static async Task<Results<Ok<ModuleResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        AddModuleRequest request,
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
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return LmsProblems.Field("title", "The title must not be blank.");
        }
        var courseId = await db.Modules.Where(m => m.Id == id).Select(m => (Guid?)m.CourseId).SingleOrDefaultAsync(cancellationToken);
        var course = courseId is { } found ? await CourseLoading.LoadAsync(db, found, cancellationToken) : null;
        if (course is null || !caller.CanSee(callerId, course))
        {
            return LmsProblems.NoModule();
        }
        if (!caller.CanTeach(callerId, course))
        {
            return LmsProblems.InstructorsOnly();
        }

        var module = course.Modules.Single(m => m.Id == id);
        course.RenameModule(module, request.Title, clock.GetUtcNow());
        var response = new ModuleResponse(module.Id, module.Title, module.Position,
            [.. course.Lessons.Where(l => l.ModuleId == module.Id).OrderBy(l => l.Position).Select(LessonResponse.From)]);
        return await outbox.TryCommitAsync(cancellationToken)
            ? TypedResults.Ok(response)
            : LmsProblems.ChangedMeanwhile();
    }
}
