using System.Text.RegularExpressions;

namespace Azora.Assessment.Domain;

/// <summary>
/// Grades a response to an objective question as a fraction of its points, from 0 to 1. An unanswered question scores 0.
/// </summary>
/// <remarks>
/// Multiple choice gives partial credit: each correct choice selected earns 1/k (k correct choices), each wrong choice
/// selected costs 1/(n-k) (n choices in all), and the total never drops below 0, so ticking every box scores 0.
/// Matching earns the share of prompts matched correctly; ordering the share of items in their correct position.
/// </remarks>
internal static class QuestionGrader
{
    /// <summary>How long one regular-expression pattern may run on a response before it counts as not matching.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public static decimal Grade(QuestionType type, QuestionDefinition key, LearnerResponse? response)
    {
        if (response is null)
        {
            return 0m;
        }
        return type switch
        {
            QuestionType.SingleChoice => SingleChoice(key.Choices!, response.Choices),
            QuestionType.MultipleChoice => MultipleChoice(key.Choices!, response.Choices),
            QuestionType.TrueFalse => response.Value == key.CorrectAnswer ? 1m : 0m,
            QuestionType.Numeric => Numeric(key.Numeric!, response.Number, response.Unit),
            QuestionType.ShortAnswer => ShortAnswer(key.ShortAnswer!, response.Text),
            QuestionType.Matching => Matching(key.Pairs!, response.Matches),
            QuestionType.Ordering => Ordering(key.Items!, response.Order),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Essays are graded by a person with the rubric."),
        };
    }

    /// <summary>An essay's fraction: the points of the chosen level of each criterion over the rubric's maximum.</summary>
    public static decimal GradeEssay(IReadOnlyList<RubricCriterion> rubric, IReadOnlyDictionary<string, string> levels)
    {
        var earned = rubric.Sum(c => c.Levels.Single(l => l.Id == levels[c.Id]).Points);
        var max = rubric.Sum(c => c.MaxPoints);
        return max == 0 ? 0m : earned / max;
    }

    private static decimal SingleChoice(IReadOnlyList<Choice> choices, IReadOnlyList<string>? selected) =>
        selected is [var only] && choices.Any(c => c.Correct && c.Id == only) ? 1m : 0m;

    private static decimal MultipleChoice(IReadOnlyList<Choice> choices, IReadOnlyList<string>? selected)
    {
        if (selected is null || selected.Count == 0)
        {
            return 0m;
        }
        var picked = selected.ToHashSet(StringComparer.Ordinal);
        var correct = choices.Count(c => c.Correct);
        var wrong = choices.Count - correct;
        decimal fraction = 0m;
        foreach (var choice in choices.Where(c => picked.Contains(c.Id)))
        {
            fraction += choice.Correct ? 1m / correct : -1m / wrong;
        }
        return Math.Clamp(fraction, 0m, 1m);
    }

    private static decimal Numeric(NumericKey key, decimal? number, string? unit)
    {
        if (number is not { } value)
        {
            return 0m;
        }
        var given = unit?.Trim() ?? "";
        decimal factor;
        if (key.Units.Count == 0)
        {
            if (given.Length > 0)
            {
                return 0m;
            }
            factor = 1m;
        }
        else
        {
            // Units are case-sensitive: mm and Mm differ by nine orders of magnitude.
            var accepted = key.Units.FirstOrDefault(u => u.Unit == given);
            if (accepted is null)
            {
                return 0m;
            }
            factor = accepted.Factor;
        }
        return Math.Abs(value * factor - key.Answer) <= key.Tolerance ? 1m : 0m;
    }

    private static decimal ShortAnswer(ShortAnswerKey key, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0m;
        }
        var response = text.Trim();
        foreach (var pattern in key.Patterns)
        {
            if (Matches(pattern, response, key.CaseSensitive))
            {
                return pattern.Fraction;
            }
        }
        return 0m;
    }

    private static bool Matches(AnswerPattern pattern, string response, bool caseSensitive)
    {
        if (pattern.Kind == PatternKind.Exact)
        {
            return string.Equals(pattern.Pattern.Trim(), response, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
        }
        try
        {
            return PatternRegex(pattern, caseSensitive).IsMatch(response);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern that takes too long on this response does not match it, rather than holding up the submission.
            return false;
        }
    }

    /// <summary>The whole-response regular expression of a wildcard or regex pattern; throws ArgumentException if invalid.</summary>
    public static Regex PatternRegex(AnswerPattern pattern, bool caseSensitive)
    {
        var body = pattern.Kind == PatternKind.Wildcard
            ? string.Join(".*", pattern.Pattern.Trim().Split('*').Select(Regex.Escape))
            : pattern.Pattern;
        var options = RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        return new Regex($"^(?:{body})$", options, PatternTimeout);
    }

    private static decimal Matching(IReadOnlyList<MatchPair> pairs, IReadOnlyDictionary<string, string>? matches)
    {
        if (matches is null)
        {
            return 0m;
        }
        var right = pairs.Count(p => matches.TryGetValue(p.PromptId, out var chosen) && chosen == p.MatchId);
        return (decimal)right / pairs.Count;
    }

    private static decimal Ordering(IReadOnlyList<OrderItem> items, IReadOnlyList<string>? order)
    {
        if (order is null)
        {
            return 0m;
        }
        var inPlace = items.Where((item, index) => index < order.Count && order[index] == item.Id).Count();
        return (decimal)inPlace / items.Count;
    }
}
