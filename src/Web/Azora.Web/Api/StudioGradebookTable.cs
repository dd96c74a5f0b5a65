using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace Azora.Web.Api;

/// <summary>
/// The gradebook as a table: one column per graded quiz (in the order the rows list them), each cell a learner's best
/// percent or category average, "–" where nothing is graded yet; and the categories form read into azora-lms's request.
/// </summary>
public static class StudioGradebookTable
{
    public static IReadOnlyList<GradedItem> ItemsOf(Gradebook gradebook) =>
        [.. gradebook.Rows.SelectMany(r => r.Items).DistinctBy(i => i.LessonId)];

    public static string CategoryCell(GradebookRow row, string category) =>
        row.Categories.FirstOrDefault(c => c.Name == category) is { } grade
            ? Percent(grade.Average) + (grade.Dropped > 0 ? $" ({grade.Dropped} dropped)" : "")
            : "–";

    public static string ItemCell(GradebookRow row, Guid lessonId) =>
        row.Items.FirstOrDefault(i => i.LessonId == lessonId) is { BestPercent: { } best } item
            ? Percent(best) + (item.Passed == true ? " passed" : item.Passed == false ? " not passed" : "")
            : "–";

    public static string Percent(decimal? value) => value is { } v ? $"{v.ToString("0.##", CultureInfo.InvariantCulture)}%" : "–";

    /// <summary>The named rows of the categories form; a weight or drop count that is not a number is refused here.</summary>
    public static (IReadOnlyList<GradeCategory> Categories, ApiProblem? Refusal) ReadCategories(IFormCollection form, int rows)
    {
        var categories = new List<GradeCategory>();
        var problems = new List<string>();
        for (var i = 0; i < rows; i++)
        {
            var name = form[$"category-{i}-name"].ToString().Trim();
            if (name.Length == 0)
            {
                continue;
            }
            var weightText = form[$"category-{i}-weight"].ToString().Trim();
            var dropText = form[$"category-{i}-drop"].ToString().Trim();
            if (!decimal.TryParse(weightText, NumberStyles.Number, CultureInfo.InvariantCulture, out var weight))
            {
                problems.Add($"Give “{name}” a weight in percent, like 40.");
            }
            var drop = 0;
            if (dropText.Length > 0 && !int.TryParse(dropText, NumberStyles.Integer, CultureInfo.InvariantCulture, out drop))
            {
                problems.Add($"The lowest scores dropped in “{name}” is a whole number, like 1.");
            }
            categories.Add(new GradeCategory(name, weight, drop));
        }
        return problems.Count == 0
            ? (categories, null)
            : (categories, new ApiProblem((int)HttpStatusCode.BadRequest, "Some of what you entered needs another look; see the notes beside the fields.",
                new Dictionary<string, string> { ["categories"] = string.Join(" ", problems) }));
    }
}
