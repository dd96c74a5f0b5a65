using System.Security.Claims;
using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Education.Features.Runs;

/// <summary>An instructor of the course (or a platform admin) schedules a run of it.</summary>
internal static class ScheduleRun
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapPost("/{id:guid}/runs", HandleAsync)
            .WithName("ScheduleRun")
            .WithSummary("Schedule a run of a course (start, end, seats, pacing); for the course's instructors and platform admins.");

    private static async Task<Results<Created<RunResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        RunRequest request,
        ClaimsPrincipal caller,
        EducationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (course, maySchedule) = await RunAccess.FindAsync(db, id, caller, cancellationToken);
        if (course is null)
        {
            return EducationProblems.NotFound("course");
        }
        if (!maySchedule || !caller.TryGetAccountId(out var accountId))
        {
            return EducationProblems.Forbidden("Only the course's instructors and platform admins schedule its runs.");
        }
        CourseRun run;
        try
        {
            run = CourseRun.Schedule(id, request.ToSchedule(), accountId, clock.GetUtcNow());
        }
        catch (FieldRefusedException refused)
        {
            return EducationProblems.Field(refused.Field, refused.Message);
        }
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/courses/{id}/runs/{run.Id}", RunResponse.From(run));
    }
}
