using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Azora.Web.Api;

/// <summary>
/// The attempt form's fields read into azora-assessment's answers. Each field is named for its question's position:
/// <c>q3.choice</c> (single choice or true/false as "true"/"false"), <c>q3.choices</c> (several), <c>q3.number</c> and
/// <c>q3.unit</c>, <c>q3.text</c>, <c>q3.match.&lt;promptId&gt;</c>, and <c>q3.order.&lt;itemId&gt;</c> (the place 1..n given to each item).
/// Questions left blank are not sent, so an autosave never wipes an answer with nothing.
/// </summary>
public static partial class AnswerForm
{
    public sealed record Answer(
        int Position,
        IReadOnlyList<string>? Choices = null,
        bool? Value = null,
        decimal? Number = null,
        string? Unit = null,
        string? Text = null,
        IReadOnlyDictionary<string, string>? Matches = null,
        IReadOnlyList<string>? Order = null);

    /// <summary>The answers, and per question position a sentence for a value that cannot be read (e.g. "abc" as a number).</summary>
    public static (IReadOnlyList<Answer> Answers, IReadOnlyDictionary<int, string> Errors) Read(IFormCollection form, IReadOnlyList<AttemptQuestion> questions)
    {
        var answers = new List<Answer>();
        var errors = new Dictionary<int, string>();
        foreach (var question in questions)
        {
            var prefix = $"q{question.Position.ToString(CultureInfo.InvariantCulture)}.";
            string Field(string name) => form[prefix + name].ToString().Trim();
            switch (question.Type)
            {
                case "singleChoice":
                    if (Field("choice") is { Length: > 0 } choice) answers.Add(new Answer(question.Position, Choices: [choice]));
                    break;
                case "multipleChoice":
                    var chosen = form[prefix + "choices"].Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).ToList();
                    if (chosen.Count > 0) answers.Add(new Answer(question.Position, Choices: chosen));
                    break;
                case "trueFalse":
                    if (bool.TryParse(Field("choice"), out var value)) answers.Add(new Answer(question.Position, Value: value));
                    break;
                case "numeric":
                    var number = Field("number");
                    if (number.Length == 0) break;
                    if (decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
                        answers.Add(new Answer(question.Position, Number: parsed, Unit: Field("unit") is { Length: > 0 } unit ? unit : null));
                    else
                        errors[question.Position] = "Enter a number, such as 12 or 3.5.";
                    break;
                case "matching":
                    var matches = (question.Prompts ?? [])
                        .Select(p => (p.Id, Match: Field("match." + p.Id)))
                        .Where(m => m.Match.Length > 0)
                        .ToDictionary(m => m.Id, m => m.Match);
                    if (matches.Count > 0) answers.Add(new Answer(question.Position, Matches: matches));
                    break;
                case "ordering":
                    var items = question.Items ?? [];
                    var places = items.Select(i => (i.Id, Place: int.TryParse(Field("order." + i.Id), CultureInfo.InvariantCulture, out var p) ? p : 0)).ToList();
                    if (places.All(p => p.Place == 0)) break;
                    if (places.Any(p => p.Place < 1 || p.Place > items.Count) || places.Select(p => p.Place).Distinct().Count() != items.Count)
                        errors[question.Position] = $"Give each item a different place from 1 to {items.Count}.";
                    else
                        answers.Add(new Answer(question.Position, Order: [.. places.OrderBy(p => p.Place).Select(p => p.Id)]));
                    break;
                default:
                    if (Field("text") is { Length: > 0 } text) answers.Add(new Answer(question.Position, Text: text));
                    break;
            }
        }
        return (answers, errors);
    }

    /// <summary>A form's fields as the browser lists them (name, value; a name repeats for several checked boxes).</summary>
    public static IFormCollection Fields(IEnumerable<string[]> pairs) =>
        new FormCollection(pairs.Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new StringValues([.. g.Select(p => p[1])]), StringComparer.Ordinal));

    /// <summary>
    /// azora-assessment's field errors (<c>answers[2].number</c>: the third answer sent) as notes per question position,
    /// so each is shown beside its own question.
    /// </summary>
    public static IReadOnlyDictionary<int, string> ErrorsByQuestion(ApiProblem problem, IReadOnlyList<Answer> sent)
    {
        var notes = new Dictionary<int, string>();
        foreach (var (field, message) in problem.FieldErrors)
        {
            var match = AnswerIndex().Match(field);
            if (match.Success && int.TryParse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var index) && index < sent.Count)
            {
                var position = sent[index].Position;
                notes[position] = notes.TryGetValue(position, out var earlier) ? $"{earlier} {message}" : message;
            }
        }
        return notes;
    }

    [GeneratedRegex(@"^answers\[(\d+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerIndex();
}
