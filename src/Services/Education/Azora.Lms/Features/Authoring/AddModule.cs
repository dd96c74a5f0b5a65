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

namespace Azora.Lms.Features.Authoring;

internal sealed record AddModuleRequest([Required, StringLength(CourseModule.TitleMaxLength)] string Title);

/// <summary>An instructor of the course adds a module after the last one.</summary>
internal static class AddModule
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapPost("/{id:guid}/modules", HandleAsync)
            .WithName("AddModule")
            .WithSummary("Add a module at the end of the course (its instructors only).");

    private static async Task<Results<Created<ModuleResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
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
        var course = await CourseLoading.LoadAsync(db, id, cancellationToken);
        if (course is null || !caller.CanSee(callerId, course))
        {
            return LmsProblems.NoCourse();
        }
        if (!caller.CanTeach(callerId, course))
        {
            return LmsProblems.InstructorsOnly();
        }
        if (course.Modules.Count >= Course.MaxModules)
        {
            return LmsProblems.Conflict($"A course has at most {Course.MaxModules} modules.");
        }

        var module = course.AddModule(request.Title, clock.GetUtcNow());
        return await outbox.TryCommitAsync(cancellationToken)
            ? TypedResults.Created($"/api/courses/{course.Id}", new ModuleResponse(module.Id, module.Title, module.Position, []))
            : LmsProblems.ChangedMeanwhile();
    }
}
