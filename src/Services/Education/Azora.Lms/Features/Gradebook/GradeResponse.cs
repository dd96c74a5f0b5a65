using Azora.Lms.Domain;

namespace Azora.Lms.Features.Gradebook;

internal sealed record CategoryGradeResponse(string Name, decimal Weight, int DropLowest, decimal? Average, int Counted, int Dropped);

/// <summary>A learner's weighted grade (null while nothing is graded) and how each category contributed.</summary>
internal sealed record GradeResponse(decimal? Grade, IReadOnlyList<CategoryGradeResponse> Categories)
{
    public static GradeResponse From(GradeResult result) => new(
        result.Grade,
        [.. result.Categories.Select(c => new CategoryGradeResponse(c.Name, c.Weight, c.DropLowest, c.Average, c.Counted, c.Dropped))]);
}
