using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace Azora.Web.Api;

/// <summary>
/// Reads the studio's question form (one set of fields per question type, see <c>QuestionFields.razor</c>) into the body
/// azora-assessment's <c>POST /api/questions</c> and <c>PUT /api/questions/{id}</c> take. Blank rows are skipped; when the
/// form is shown again after a refusal it is filled from <see cref="QuestionSubmission.AsQuestion"/>, rows closed up, so
/// the API's <c>choices[1]</c> is the second row on the page. A number that is not one is refused here, by field.
/// </summary>
public static class StudioQuestionForm
{
    public const int MaxRows = 20;
    public const int MaxCriteria = 10;
    public const int MaxLevels = 10;

    public static QuestionSubmission Read(IFormCollection form)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var type = Text(form, "type");
        if (!QuestionTypes.IsKnown(type))
        {
            errors["type"] = "Choose one of the question types.";
        }
        var body = new QuestionBody
        {
            Type = type,
            Text = Text(form, "text"),
            Points = Number(form, "points", "points", errors) ?? 1,
            Tags = [.. Text(form, "tags").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            Feedback = NullIfBlank(Text(form, "feedback")),
        };
        body = type switch
        {
            "singleChoice" or "multipleChoice" => body with { Choices = Choices(form) },
            "trueFalse" => body with { Correct = Text(form, "truth") switch { "true" => true, "false" => false, _ => null } },
            "numeric" => body with { Numeric = Numeric(form, errors) },
            "shortAnswer" => body with { CaseSensitive = form.ContainsKey("case-sensitive"), Patterns = Patterns(form, errors) },
            "matching" => body with { Pairs = Pairs(form) },
            "ordering" => body with { Items = OrderItems(form) },
            "essay" => body with { Rubric = Rubric(form, errors) },
            _ => body,
        };
        var refusal = errors.Count == 0
            ? null
            : new ApiProblem((int)HttpStatusCode.BadRequest, "Some of what you entered needs another look; see the notes beside the fields.", errors);
        return new QuestionSubmission(body, refusal);
    }

    private static List<ChoiceBody> Choices(IFormCollection form)
    {
        var correct = form["correct-choice"].ToHashSet();
        var used = Filled(form, i => $"choice-{i}-text");
        return [.. used.Select(i => new ChoiceBody(Text(form, $"choice-{i}-text"), correct.Contains(Index(i)), NullIfBlank(Text(form, $"choice-{i}-feedback"))))];
    }

    private static NumericBody? Numeric(IFormCollection form, Dictionary<string, string> errors)
    {
        var answer = Number(form, "numeric-answer", "numeric.answer", errors);
        var tolerance = Number(form, "numeric-tolerance", "numeric.tolerance", errors) ?? 0;
        var used = Filled(form, i => $"unit-{i}-name");
        var units = used.Select((i, n) => new UnitBody(Text(form, $"unit-{i}-name"), Number(form, $"unit-{i}-factor", $"numeric.units[{n}].factor", errors) ?? 1)).ToList();
        if (answer is null && !errors.ContainsKey("numeric.answer"))
        {
            errors["numeric.answer"] = "Give the right answer as a number.";
        }
        return answer is { } value ? new NumericBody(value, tolerance, units) : null;
    }

    private static List<PatternBody> Patterns(IFormCollection form, Dictionary<string, string> errors)
    {
        var used = Filled(form, i => $"pattern-{i}-text");
        return [.. used.Select((i, n) => new PatternBody(
            Text(form, $"pattern-{i}-text"),
            Text(form, $"pattern-{i}-match") is { Length: > 0 } match ? match : "exact",
            (Number(form, $"pattern-{i}-fraction", $"patterns[{n}].fraction", errors) ?? 100) / 100))];
    }

    private static List<PairBody> Pairs(IFormCollection form)
    {
        var used = Filled(form, i => $"pair-{i}-prompt", i => $"pair-{i}-match");
        return [.. used.Select(i => new PairBody(Text(form, $"pair-{i}-prompt"), Text(form, $"pair-{i}-match")))];
    }

    private static List<string> OrderItems(IFormCollection form)
    {
        var used = Filled(form, i => $"item-{i}");
        return [.. used.Select(i => Text(form, $"item-{i}"))];
    }

    private static List<CriterionBody> Rubric(IFormCollection form, Dictionary<string, string> errors)
    {
        var used = Enumerable.Range(0, MaxCriteria).Where(c => Text(form, $"criterion-{c}-title").Length > 0).ToList();
        return [.. used.Select((c, n) => new CriterionBody(
            Text(form, $"criterion-{c}-title"),
            [.. Enumerable.Range(0, MaxLevels)
                .Where(l => Text(form, $"criterion-{c}-level-{l}-title").Length > 0)
                .Select(l => new LevelBody(
                    Text(form, $"criterion-{c}-level-{l}-title"),
                    Number(form, $"criterion-{c}-level-{l}-points", $"rubric[{n}].levels[{l}].points", errors) ?? 0))]))];
    }

    /// <summary>The form rows (0-based) where any of the named fields has text.</summary>
    private static List<int> Filled(IFormCollection form, params Func<int, string>[] names) =>
        [.. Enumerable.Range(0, MaxRows).Where(i => names.Any(name => Text(form, name(i)).Length > 0))];

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    private static string? NullIfBlank(string text) => text.Length == 0 ? null : text;

    private static decimal? Number(IFormCollection form, string name, string field, Dictionary<string, string> errors)
    {
        var text = Text(form, name);
        if (text.Length == 0)
        {
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors[field] = $"“{text}” is not a number; write it with digits and a decimal point, like 2.5.";
        return null;
    }
}

/// <summary>What the question form gave: the body to send unless <see cref="Refusal"/> says what to correct first.</summary>
public sealed record QuestionSubmission(QuestionBody Body, ApiProblem? Refusal)
{
    /// <summary>The question as typed, to fill the form again after a refusal (parts in the order sent, blank rows left out).</summary>
    public BankQuestion AsQuestion(Guid id, int version) => new(
        id,
        version,
        version,
        Body.Type,
        Body.Text,
        Body.Points,
        Body.Tags,
        Body.Feedback,
        Body.Choices?.Select((c, i) => new QuestionChoice(i.ToString(CultureInfo.InvariantCulture), c.Text, c.Correct, c.Feedback)).ToList(),
        Body.Correct,
        Body.Numeric is { } numeric ? new NumericKey(numeric.Answer, numeric.Tolerance, [.. numeric.Units.Select(u => new AcceptedUnit(u.Unit, u.Factor))]) : null,
        Body.CaseSensitive,
        Body.Patterns?.Select(p => new AnswerPattern(p.Pattern, p.Match, p.Fraction)).ToList(),
        Body.Pairs?.Select((p, i) => new MatchPair($"P{i + 1}", p.Prompt, $"M{i + 1}", p.Match)).ToList(),
        Body.Items?.Select((text, i) => new Option($"I{i + 1}", text)).ToList(),
        Body.Rubric?.Select((c, i) => new RubricCriterion($"C{i + 1}", c.Criterion,
            [.. c.Levels.Select((l, j) => new RubricLevel($"C{i + 1}L{j + 1}", l.Title, l.Points))])).ToList());
}

public sealed record QuestionBody
{
    public string Type { get; init; } = "";
    public string Text { get; init; } = "";
    public decimal Points { get; init; } = 1;
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Feedback { get; init; }
    public IReadOnlyList<ChoiceBody>? Choices { get; init; }
    public bool? Correct { get; init; }
    public NumericBody? Numeric { get; init; }
    public bool CaseSensitive { get; init; }
    public IReadOnlyList<PatternBody>? Patterns { get; init; }
    public IReadOnlyList<PairBody>? Pairs { get; init; }
    public IReadOnlyList<string>? Items { get; init; }
    public IReadOnlyList<CriterionBody>? Rubric { get; init; }
}

public sealed record ChoiceBody(string Text, bool Correct, string? Feedback);

public sealed record NumericBody(decimal Answer, decimal Tolerance, IReadOnlyList<UnitBody> Units);

public sealed record UnitBody(string Unit, decimal Factor);

public sealed record PatternBody(string Pattern, string Match, decimal Fraction);

public sealed record PairBody(string Prompt, string Match);

public sealed record CriterionBody(string Criterion, IReadOnlyList<LevelBody> Levels);

public sealed record LevelBody(string Title, decimal Points);
