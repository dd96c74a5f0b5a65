using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Features.Courses;
using Azora.Lms.Features.Progress;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Lms.Features.Authoring;

/// <summary>
/// An instructor of the course corrects a lesson: its title, what it points at, whether it is required, when it is due
/// and its gradebook category. Its kind stays (add a new lesson for another kind), and learners keep their completions.
/// </summary>
internal static class EditLesson
{
    public static void Map(IEndpointRouteBuilder lessons) =>
        lessons.MapPut("/{id:guid}", HandleAsync)
            .WithName("EditLesson")
            .WithSummary("Replace a lesson's definition, keeping its kind and place (the course's instructors only).");

    private static async Task<Results<Ok<LessonResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        AddLessonRequest request,
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
        if (await LessonLookup.FindAsync(db, caller, callerId, id, cancellationToken) is not var (course, lesson))
        {
            return LmsProblems.NoLesson();
        }
        if (!caller.CanTeach(callerId, course))
        {
            return LmsProblems.InstructorsOnly();
        }
        var problems = LessonRules.Problems(request, course);
        if (WireNames.KindOf(request.Kind) != lesson.Kind)
        {
            problems["kind"] = [$"The lesson is a {WireNames.Of(lesson.Kind)} lesson and stays one; add a new lesson for another kind."];
        }
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        course.RedefineLesson(lesson, LessonRules.ToDefinition(request), clock.GetUtcNow());
        return await outbox.TryCommitAsync(cancellationToken)
            ? TypedResults.Ok(LessonResponse.From(lesson))
            : LmsProblems.ChangedMeanwhile();
    }
}
