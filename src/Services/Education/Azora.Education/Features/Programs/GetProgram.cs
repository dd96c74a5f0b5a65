using System.Text.Json.Nodes;
using Azora.Education.Data;
using Azora.Education.Features.LinkedData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Programs;

/// <summary>A program: plain JSON, or schema.org <c>EducationalOccupationalProgram</c> JSON-LD when the client asks for it.</summary>
internal static class GetProgram
{
    public static void Map(IEndpointRouteBuilder programs) =>
        programs.MapGet("/{id:guid}", HandleAsync)
            .AllowAnonymous()
            .WithName("GetProgram")
            .WithSummary("Read a program with its courses in order; with Accept: application/ld+json, as a schema.org EducationalOccupationalProgram.")
            .Produces<ProgramDetail>(StatusCodes.Status200OK, "application/json", JsonLd.MediaType);

    private static async Task<Results<Ok<ProgramDetail>, JsonHttpResult<JsonObject>, ProblemHttpResult>> HandleAsync(
        Guid id,
        HttpContext http,
        EducationDbContext db,
        CancellationToken cancellationToken)
    {
        var program = await ProgramReading.FindAsync(db, id, cancellationToken);
        if (program is null)
        {
            return EducationProblems.NotFound("program");
        }
        var courses = await ProgramReading.CoursesOfAsync(db, [program], cancellationToken);
        if (!JsonLd.IsWanted(http.Request))
        {
            return TypedResults.Ok(ProgramDetail.From(program, courses));
        }
        var requiredIds = program.Prerequisites.Select(p => p.RequiredProgramId).ToList();
        var prerequisites = await db.Programs.AsNoTracking().Where(p => requiredIds.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var inOrder = program.CourseIdsInOrder.Where(courses.ContainsKey).Select(c => courses[c]).ToList();
        return JsonLd.Result(http.Response, SchemaOrg.Program(program, inOrder, prerequisites));
    }
}
