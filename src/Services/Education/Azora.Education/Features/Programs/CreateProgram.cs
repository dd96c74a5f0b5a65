using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Programs;

internal sealed record CreateProgramRequest(
    [Required, StringLength(LearningProgram.TitleMaxLength)] string? Title,
    [Required, StringLength(LearningProgram.SummaryMaxLength)] string? Summary,
    [Required, AllowedValues("certificate", "degree", "pathway", ErrorMessage = "The kind is certificate, degree or pathway.")] string? Kind,
    [Required, MinLength(1), MaxLength(LearningProgram.MaxCourses)] Guid[]? CourseIds,
    [MaxLength(LearningProgram.MaxPrerequisites)] Guid[]? PrerequisiteProgramIds = null,
    [StringLength(LearningProgram.CredentialMaxLength)] string? CredentialAwarded = null,
    [Range(0d, 1e15)] long? PriceMinor = null,
    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "The currency is an ISO 4217 code such as ZAR.")] string? Currency = null);

/// <summary>An instructor or platform admin composes a program from listed catalog courses, in order.</summary>
internal static class CreateProgram
{
    public const string DefaultCurrency = "ZAR";

    public static void Map(IEndpointRouteBuilder programs) =>
        programs.MapPost("/", HandleAsync)
            .WithName("CreateProgram")
            .WithSummary("Create a certificate, degree or pathway program of listed catalog courses in order, with prerequisite programs; for instructors and platform admins.");

    private static async Task<Results<Created<ProgramDetail>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        CreateProgramRequest request,
        ClaimsPrincipal caller,
        EducationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var ownerId))
        {
            return TypedResults.Forbid();
        }
        var courseIds = request.CourseIds!;
        var prerequisiteIds = request.PrerequisiteProgramIds ?? [];
        var errors = new Dictionary<string, string[]>();
        if (courseIds.Distinct().Count() != courseIds.Length)
        {
            errors["courseIds"] = ["A course appears in a program once."];
        }
        else
        {
            var listed = await db.Courses.Where(c => courseIds.Contains(c.CourseId) && c.IsListed).Select(c => c.CourseId).ToListAsync(cancellationToken);
            var missing = courseIds.Except(listed).ToList();
            if (missing.Count > 0)
            {
                errors["courseIds"] = [.. missing.Select(id => $"The course {id} is not in the catalog.")];
            }
        }
        if (prerequisiteIds.Distinct().Count() != prerequisiteIds.Length)
        {
            errors["prerequisiteProgramIds"] = ["A prerequisite appears once."];
        }
        else
        {
            var known = await db.Programs.Where(p => prerequisiteIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
            var missing = prerequisiteIds.Except(known).ToList();
            if (missing.Count > 0)
            {
                errors["prerequisiteProgramIds"] = [.. missing.Select(id => $"The program {id} does not exist.")];
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var draft = new ProgramDraft(
            request.Title!, request.Summary!, WireNames.Parse<ProgramKind>(request.Kind)!.Value, request.CredentialAwarded,
            request.PriceMinor ?? 0, request.Currency ?? DefaultCurrency, courseIds, prerequisiteIds);
        var program = LearningProgram.Create(draft, ownerId, clock.GetUtcNow());
        db.Programs.Add(program);
        await db.SaveChangesAsync(cancellationToken);

        var courses = await ProgramReading.CoursesOfAsync(db, [program], cancellationToken);
        return TypedResults.Created($"/api/programs/{program.Id}", ProgramDetail.From(program, courses));
    }
}
