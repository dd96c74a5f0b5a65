using System.Security.Claims;
using Azora.Education.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Runs;

/// <summary>An instructor of the course (or a platform admin) removes a run from the catalog.</summary>
internal static class CancelRun
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapDelete("/{id:guid}/runs/{runId:guid}", HandleAsync)
            .WithName("CancelRun")
            .WithSummary("Cancel a run of a course; for the course's instructors and platform admins.");

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id,
        Guid runId,
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
            return EducationProblems.Forbidden("Only the course's instructors and platform admins cancel its runs.");
        }
        db.Runs.Remove(run);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
