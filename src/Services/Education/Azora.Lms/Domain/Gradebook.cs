namespace Azora.Lms.Domain;

/// <summary>One graded item of a learner: the quiz's category and the best percent the learner reached, null if not yet graded.</summary>
internal sealed record GradedItem(Guid LessonId, string? Category, decimal? Percent);

/// <summary>A category's part of a learner's grade: the average of the scores kept after dropping the lowest.</summary>
internal sealed record CategoryGrade(string Name, decimal Weight, int DropLowest, decimal? Average, int Counted, int Dropped);

internal sealed record GradeResult(decimal? Grade, IReadOnlyList<CategoryGrade> Categories);

/// <summary>
/// A weighted gradebook as Canvas computes a current grade: within each category the lowest N scores are dropped (at
/// least one is always kept) and the rest averaged; categories are weighted, and a category with nothing graded yet is
/// left out with the remaining weights scaled up. Ungraded items do not count as zero. Without categories, the grade is
/// the plain average of every graded item.
/// </summary>
internal static class Gradebook
{
    public static GradeResult Compute(IReadOnlyList<GradeCategory> categories, IReadOnlyList<GradedItem> items)
    {
        var graded = items.Where(i => i.Percent is not null).ToList();
        if (categories.Count == 0)
        {
            return new GradeResult(graded.Count == 0 ? null : Round(graded.Average(i => i.Percent!.Value)), []);
        }

        var results = new List<CategoryGrade>();
        decimal weighted = 0, weights = 0;
        foreach (var category in categories)
        {
            var scores = graded
                .Where(i => string.Equals(i.Category, category.Name, StringComparison.Ordinal))
                .Select(i => i.Percent!.Value)
                .Order()
                .ToList();
            var dropped = Math.Min(category.DropLowest, Math.Max(scores.Count - 1, 0));
            var kept = scores.Skip(dropped).ToList();
            decimal? average = kept.Count == 0 ? null : kept.Average();
            results.Add(new CategoryGrade(category.Name, category.Weight, category.DropLowest, average is { } a ? Round(a) : null, kept.Count, dropped));
            if (average is { } value && category.Weight > 0)
            {
                weighted += category.Weight * value;
                weights += category.Weight;
            }
        }
        return new GradeResult(weights == 0 ? null : Round(weighted / weights), results);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
