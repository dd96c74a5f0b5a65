using Azora.Education.Domain;
using Azora.Education.Features.Catalog;

namespace Azora.Education.Features.Programs;

/// <summary>A program as plain JSON: its courses in order (with their catalog titles) and the programs it requires first.</summary>
internal sealed record ProgramDetail(
    Guid Id,
    string Title,
    string Summary,
    string Kind,
    string CredentialAwarded,
    string Price,
    long PriceMinor,
    string Currency,
    Guid OwnerId,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ProgramCourseEntry> Courses,
    IReadOnlyList<Guid> PrerequisiteProgramIds)
{
    public static ProgramDetail From(LearningProgram program, IReadOnlyDictionary<Guid, CatalogCourse> courses) => new(
        program.Id,
        program.Title,
        program.Summary,
        WireNames.Of(program.Kind),
        program.CredentialAwarded,
        program.IsFree ? CatalogFilters.PriceFree : CatalogFilters.PricePaid,
        program.PriceMinor,
        program.Currency,
        program.OwnerId,
        program.CreatedAt,
        [.. program.CourseIdsInOrder.Select((id, position) => new ProgramCourseEntry(
            position, id, courses.TryGetValue(id, out var course) ? course.Title : null, course?.IsListed ?? false))],
        [.. program.Prerequisites.Select(p => p.RequiredProgramId).Order()]);
}

/// <summary>A course of a program; <c>listed</c> is false while azora-lms has it withdrawn from the catalog.</summary>
internal sealed record ProgramCourseEntry(int Position, Guid CourseId, string? Title, bool Listed);
