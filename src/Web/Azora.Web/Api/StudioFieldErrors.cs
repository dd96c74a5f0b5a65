namespace Azora.Web.Api;

/// <summary>
/// The sentences an API gave for the parts of a list field (<c>choices[1].text</c>, <c>rubric[0].levels[2].points</c>,
/// <c>levels.C1</c>), found by the field's prefix so a page shows them beside the fieldset the list is entered in.
/// Each sentence names the row the person typed it in (the form may skip blank rows, so the API's index is mapped back).
/// </summary>
public static class StudioFieldErrors
{
    /// <summary>Every sentence for <paramref name="prefix"/> itself or one of its parts, in the order the API gave them.</summary>
    public static IReadOnlyList<string> Under(ApiProblem? problem, string prefix, Func<int, string>? rowName = null)
    {
        if (problem is null)
        {
            return [];
        }
        var sentences = new List<string>();
        foreach (var (field, message) in problem.FieldErrors)
        {
            if (string.Equals(field, prefix, StringComparison.OrdinalIgnoreCase))
            {
                sentences.Add(message);
            }
            else if (field.StartsWith(prefix + "[", StringComparison.OrdinalIgnoreCase) && IndexAfter(field, prefix.Length) is { } index)
            {
                sentences.Add(rowName is null ? message : $"{rowName(index)}: {message}");
            }
            else if (field.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase))
            {
                sentences.Add(message);
            }
        }
        return sentences;
    }

    /// <summary>The first index of a path such as <c>choices[3].text</c>, read at the <c>[</c> after the prefix.</summary>
    private static int? IndexAfter(string field, int bracket)
    {
        var close = field.IndexOf(']', bracket);
        return close > bracket + 1 && int.TryParse(field.AsSpan(bracket + 1, close - bracket - 1), out var index) ? index : null;
    }

    /// <summary>An id for the element that shows a list's sentences, to tie it to its fieldset with aria-describedby.</summary>
    public static string? DescribedBy(ApiProblem? problem, string prefix) => Under(problem, prefix).Count > 0 ? $"{prefix}-errors" : null;
}
