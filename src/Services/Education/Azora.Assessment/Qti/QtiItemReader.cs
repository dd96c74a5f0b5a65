using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Azora.Assessment.Features.Questions;
using static Azora.Assessment.Qti.QtiNames;

namespace Azora.Assessment.Qti;

/// <summary>
/// Reads a QTI 3.0 assessment item with one choice, text-entry, match or order interaction into the request that creates
/// the same question. Identifiers in the item are matched up by the correct response; the bank then numbers parts by position.
/// </summary>
internal static class QtiItemReader
{
    public const int MaxDocumentCharacters = 256 * 1024;

    /// <summary>The question the item describes, or null with the reason.</summary>
    public static QuestionRequest? Read(string xml, out string? problem)
    {
        problem = null;
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxDocumentCharacters };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException error)
        {
            problem = $"The document is not well-formed XML: {error.Message}";
            return null;
        }
        var item = document.Root;
        if (item?.Name != AssessmentItem)
        {
            problem = $"The root element is not qti-assessment-item in the namespace {Ns}.";
            return null;
        }
        var body = item.Element(ItemBody);
        var declaration = item.Elements(ResponseDeclaration).FirstOrDefault();
        var correct = declaration?.Element(CorrectResponse)?.Elements(Value).Select(v => v.Value.Trim()).ToList() ?? [];
        var points = MaxScore(item);
        if (body is null || declaration is null)
        {
            problem = "The item has no qti-item-body or no qti-response-declaration.";
            return null;
        }

        var feedback = item.Elements(ModalFeedback)
            .GroupBy(f => (string?)f.Attribute("identifier") ?? "")
            .ToDictionary(g => g.Key, g => g.First().Value.Trim());
        var request = body.Descendants(ChoiceInteraction).FirstOrDefault() is { } choice
            ? ReadChoice(choice, declaration, correct, points, feedback)
            : body.Descendants(TextEntryInteraction).Any()
                ? ReadTextEntry(body, declaration, correct, points)
                : body.Descendants(MatchInteraction).FirstOrDefault() is { } match
                    ? ReadMatch(match, correct, points, out problem)
                    : body.Descendants(OrderInteraction).FirstOrDefault() is { } order
                        ? ReadOrder(order, correct, points, out problem)
                        : null;
        if (request is null)
        {
            problem ??= "The item has no choice, text-entry, match or order interaction.";
            return null;
        }
        return request with { Feedback = feedback.GetValueOrDefault(GeneralFeedback) };
    }

    private static QuestionRequest ReadChoice(XElement interaction, XElement declaration, List<string> correct, decimal points,
        Dictionary<string, string> feedback)
    {
        var multiple = (string?)declaration.Attribute("cardinality") == "multiple";
        var choices = interaction.Elements(SimpleChoice)
            .Select(c => (Id: (string?)c.Attribute("identifier") ?? "", Text: c.Value.Trim()))
            .Select(c => new ChoiceInput(c.Text, correct.Contains(c.Id), feedback.GetValueOrDefault(c.Id)))
            .ToList();
        return new QuestionRequest(multiple ? "multipleChoice" : "singleChoice", PromptOf(interaction), points, Choices: choices);
    }

    private static QuestionRequest ReadTextEntry(XElement body, XElement declaration, List<string> correct, decimal points)
    {
        var entries = declaration.Element(Mapping)?.Elements(MapEntry).ToList() ?? [];
        var caseSensitive = entries.Any(e => (string?)e.Attribute("case-sensitive") == "true");
        var patterns = entries.Count > 0
            ? entries.Select(e => new PatternInput((string?)e.Attribute("map-key"), "exact", Fraction(e, points))).ToList()
            : correct.Select(value => new PatternInput(value)).ToList();
        var text = string.Join("\n", body.Elements().Where(e => !e.Descendants(TextEntryInteraction).Any()).Select(e => e.Value.Trim()).Where(t => t.Length > 0));
        return new QuestionRequest("shortAnswer", text, points, CaseSensitive: caseSensitive, Patterns: patterns);
    }

    private static QuestionRequest? ReadMatch(XElement interaction, List<string> correct, decimal points, out string? problem)
    {
        problem = null;
        var sets = interaction.Elements(SimpleMatchSet).ToList();
        if (sets.Count != 2)
        {
            problem = "A match interaction has exactly two qti-simple-match-set elements.";
            return null;
        }
        var prompts = Associables(sets[0]);
        var matches = Associables(sets[1]);
        var pairs = new List<PairInput>();
        foreach (var (id, prompt) in prompts)
        {
            var pair = correct.Select(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).FirstOrDefault(p => p.Length == 2 && p[0] == id);
            if (pair is null || !matches.TryGetValue(pair[1], out var match))
            {
                problem = $"The correct response pairs the prompt '{id}' with no match.";
                return null;
            }
            pairs.Add(new PairInput(prompt, match));
        }
        return new QuestionRequest("matching", PromptOf(interaction), points, Pairs: pairs);
    }

    private static QuestionRequest? ReadOrder(XElement interaction, List<string> correct, decimal points, out string? problem)
    {
        problem = null;
        var choices = interaction.Elements(SimpleChoice).ToDictionary(c => (string?)c.Attribute("identifier") ?? "", c => c.Value.Trim());
        if (correct.Count != choices.Count || correct.Any(id => !choices.ContainsKey(id)))
        {
            problem = "The correct response of an order interaction lists each of its choices once.";
            return null;
        }
        return new QuestionRequest("ordering", PromptOf(interaction), points, Items: [.. correct.Select(id => choices[id])]);
    }

    private static Dictionary<string, string> Associables(XElement set) =>
        set.Elements(SimpleAssociableChoice)
            .GroupBy(c => (string?)c.Attribute("identifier") ?? "")
            .ToDictionary(g => g.Key, g => g.First().Value.Trim());

    private static string PromptOf(XElement interaction) => interaction.Element(Prompt)?.Value.Trim() ?? "";

    private static decimal MaxScore(XElement item)
    {
        var text = item.Elements(OutcomeDeclaration)
            .FirstOrDefault(o => (string?)o.Attribute("identifier") == "MAXSCORE")?
            .Element(DefaultValue)?.Element(Value)?.Value;
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var points) && points > 0 ? points : 1m;
    }

    private static decimal Fraction(XElement entry, decimal points) =>
        decimal.TryParse((string?)entry.Attribute("mapped-value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? Math.Round(value / points, 4)
            : 0m;
}
