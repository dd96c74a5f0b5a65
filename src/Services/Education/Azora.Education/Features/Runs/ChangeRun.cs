using System.Security.Claims;
using Azora.Education.Data;
using Azora.Education.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Runs;

/// <summary>An instructor of the course (or a platform admin) reschedules one of its runs.</summary>
internal static class ChangeRun
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapPut("/{id:guid}/runs/{runId:guid}", HandleAsync)
            .WithName("ChangeRun")
            .WithSummary("Change a run's dates, seats or pacing; for the course's instructors and platform admins.");

    private static async Task<Results<Ok<RunResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        Guid runId,
        RunRequest request,
        ClaimsPrincipal caller,
        EducationDbContext db,
        CancellationToken cancellationToken)
    {
        var (course, maySchedule) = await RunAccess.FindAsync(db, id, caller, cancellationToken);
        var run = course is null ? null : await db.Runs.SingleOrDefaultAsync(r => r.Id == runId && r.CourseId == id, cancellationToken);
        if (run is null)
        {
            return EducationProblems.NotFound("run");
        }
        if (!maySchedule)
        {
            return EducationProblems.Forbidden("Only the course's instructors and platform admins change its runs.");
        }
        try
        {
            run.Change(request.ToSchedule());
        }
        catch (FieldRefusedException refused)
        {
            return EducationProblems.Field(refused.Field, refused.Message);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RunResponse.From(run));
    }
}
