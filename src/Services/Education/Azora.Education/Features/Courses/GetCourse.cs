using System.Text.Json.Nodes;
using Azora.Education.Data;
using Azora.Education.Features.LinkedData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Courses;

/// <summary>A listed course with its runs: plain JSON, or schema.org <c>Course</c> JSON-LD when the client asks for it.</summary>
internal static class GetCourse
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapGet("/{id:guid}", HandleAsync)
            .AllowAnonymous()
            .WithName("GetCourse")
            .WithSummary("Read a listed course with its runs; with Accept: application/ld+json, as a schema.org Course.")
            .Produces<CourseDetail>(StatusCodes.Status200OK, "application/json", JsonLd.MediaType);

    private static async Task<Results<Ok<CourseDetail>, JsonHttpResult<JsonObject>, ProblemHttpResult>> HandleAsync(
        Guid id,
        HttpContext http,
        EducationDbContext db,
        CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking()
            .Include(c => c.Skills)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.CourseId == id && c.IsListed, cancellationToken);
        if (course is null)
        {
            return EducationProblems.NotFound("course");
        }
        var runs = await db.Runs.AsNoTracking().Where(r => r.CourseId == id).OrderBy(r => r.StartsAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return JsonLd.IsWanted(http.Request)
            ? JsonLd.Result(http.Response, SchemaOrg.Course(course, runs))
            : TypedResults.Ok(CourseDetail.From(course, runs));
    }
}
