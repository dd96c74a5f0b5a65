using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Programs;

/// <summary>One page of programs, newest first; <see cref="NextCursor"/> is null on the last.</summary>
internal sealed record ProgramPage(IReadOnlyList<ProgramDetail> Items, string? NextCursor);

/// <summary>The public list of programs, newest first, optionally of one kind.</summary>
internal static class ListPrograms
{
    public static void Map(IEndpointRouteBuilder programs) =>
        programs.MapGet("/", HandleAsync)
            .AllowAnonymous()
            .WithName("ListPrograms")
            .WithSummary("List programs, newest first, optionally of one ?kind= (certificate, degree, pathway), with cursor pagination.");

    private static async Task<Results<Ok<ProgramPage>, ValidationProblem>> HandleAsync(
        string? kind,
        string? limit,
        string? cursor,
        EducationDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Read(limit, cursor, errors);
        var wanted = WireNames.Parse<ProgramKind>(kind);
        if (kind is not null && wanted is null)
        {
            errors["kind"] = ["The kind is certificate, degree or pathway."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // Version 7 ids grow with time: ordering by id is ordering by creation, and the id is a stable keyset cursor.
        var query = db.Programs.AsNoTracking();
        if (wanted is { } programKind)
        {
            query = query.Where(p => p.Kind == programKind);
        }
        if (page.After is { } after)
        {
            query = query.Where(p => p.Id.CompareTo(after) < 0);
        }
        var programs = await query
            .OrderByDescending(p => p.Id)
            .Take(page.Limit + 1)
            .Include(p => p.Courses)
            .Include(p => p.Prerequisites)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var shown = programs.Take(page.Limit).ToList();
        var courses = await ProgramReading.CoursesOfAsync(db, shown, cancellationToken);
        var next = programs.Count > page.Limit ? PageQuery.CursorOf(shown[^1].Id) : null;
        return TypedResults.Ok(new ProgramPage([.. shown.Select(p => ProgramDetail.From(p, courses))], next));
    }
}
