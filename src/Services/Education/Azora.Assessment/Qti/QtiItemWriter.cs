using System.Globalization;
using System.Xml.Linq;
using Azora.Assessment.Domain;
using static Azora.Assessment.Qti.QtiNames;

namespace Azora.Assessment.Qti;

/// <summary>
/// Writes one question version as a QTI 3.0 assessment item: single and multiple choice as a choice interaction, short
/// answer as a text-entry interaction (its exact patterns as a mapping), matching as a match interaction (directed pairs),
/// ordering as an order interaction. Other types have no faithful QTI form here and are refused.
/// </summary>
internal static class QtiItemWriter
{
    public static bool CanExport(QuestionVersion version) => version.Type switch
    {
        QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Matching or QuestionType.Ordering => true,
        QuestionType.ShortAnswer => version.Definition.ShortAnswer!.Patterns.All(p => p.Kind == PatternKind.Exact),
        _ => false,
    };

    public static XDocument Write(Guid questionId, QuestionVersion version)
    {
        var key = version.Definition;
        var (declaration, body, template) = version.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice => Choice(version, key.Choices!),
            QuestionType.ShortAnswer => TextEntry(version, key.ShortAnswer!),
            QuestionType.Matching => Match(version, key.Pairs!),
            QuestionType.Ordering => Order(version, key.Items!),
            _ => throw new InvalidOperationException($"A {version.Type} question has no QTI form here."),
        };
        var item = new XElement(AssessmentItem,
            new XAttribute("identifier", $"azora-{questionId:N}-v{version.Number}"),
            new XAttribute("title", Title(version.Text)),
            new XAttribute("adaptive", "false"),
            new XAttribute("time-dependent", "false"),
            declaration,
            Outcome("SCORE", 0m),
            Outcome("MAXSCORE", version.Points),
            new XElement(OutcomeDeclaration,
                new XAttribute("identifier", FeedbackOutcome),
                new XAttribute("cardinality", "multiple"),
                new XAttribute("base-type", "identifier")),
            new XElement(ItemBody, body),
            new XElement(ResponseProcessing, new XAttribute("template", template)),
            Feedback(version));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), item);
    }

    private static (XElement, object, string) Choice(QuestionVersion version, IReadOnlyList<Choice> choices)
    {
        var multiple = version.Type == QuestionType.MultipleChoice;
        var declaration = Declaration(multiple ? "multiple" : "single", "identifier", choices.Where(c => c.Correct).Select(c => c.Id));
        var interaction = new XElement(ChoiceInteraction,
            new XAttribute("response-identifier", Response),
            new XAttribute("max-choices", multiple ? 0 : 1),
            new XAttribute("shuffle", "false"),
            new XElement(Prompt, version.Text),
            choices.Select(c => new XElement(SimpleChoice, new XAttribute("identifier", c.Id), c.Text)));
        return (declaration, interaction, MatchCorrect);
    }

    private static (XElement, object, string) TextEntry(QuestionVersion version, ShortAnswerKey key)
    {
        var declaration = Declaration("single", "string", [key.Patterns.First(p => p.Fraction == 1).Pattern]);
        declaration.Add(new XElement(Mapping,
            new XAttribute("default-value", 0),
            key.Patterns.Select(p => new XElement(MapEntry,
                new XAttribute("map-key", p.Pattern),
                new XAttribute("mapped-value", Number(p.Fraction * version.Points)),
                new XAttribute("case-sensitive", key.CaseSensitive ? "true" : "false")))));
        object body = new object[]
        {
            new XElement(Paragraph, version.Text),
            new XElement(Paragraph, new XElement(TextEntryInteraction, new XAttribute("response-identifier", Response))),
        };
        return (declaration, body, MapResponse);
    }

    private static (XElement, object, string) Match(QuestionVersion version, IReadOnlyList<MatchPair> pairs)
    {
        var declaration = Declaration("multiple", "directedPair", pairs.Select(p => $"{p.PromptId} {p.MatchId}"));
        var interaction = new XElement(MatchInteraction,
            new XAttribute("response-identifier", Response),
            new XAttribute("max-associations", pairs.Count),
            new XAttribute("shuffle", "true"),
            new XElement(Prompt, version.Text),
            new XElement(SimpleMatchSet, pairs.Select(p => Associable(p.PromptId, p.Prompt))),
            new XElement(SimpleMatchSet, pairs.Select(p => Associable(p.MatchId, p.Match))));
        return (declaration, interaction, MatchCorrect);
    }

    private static (XElement, object, string) Order(QuestionVersion version, IReadOnlyList<OrderItem> items)
    {
        var declaration = Declaration("ordered", "identifier", items.Select(i => i.Id));
        var interaction = new XElement(OrderInteraction,
            new XAttribute("response-identifier", Response),
            new XAttribute("shuffle", "true"),
            new XElement(Prompt, version.Text),
            items.Select(i => new XElement(SimpleChoice, new XAttribute("identifier", i.Id), i.Text)));
        return (declaration, interaction, MatchCorrect);
    }

    /// <summary>The question's feedback and each choice's, as modal feedback keyed by <c>GENERAL</c> or the choice's identifier.</summary>
    private static IEnumerable<XElement> Feedback(QuestionVersion version)
    {
        var shown = new List<(string Id, string Text)>();
        if (version.Feedback is { } general)
        {
            shown.Add((GeneralFeedback, general));
        }
        shown.AddRange(version.Definition.Choices?.Where(c => c.Feedback is not null).Select(c => (c.Id, c.Feedback!)) ?? []);
        return shown.Select(f => new XElement(ModalFeedback,
            new XAttribute("outcome-identifier", FeedbackOutcome),
            new XAttribute("identifier", f.Id),
            new XAttribute("show-hide", "show"),
            f.Text));
    }

    private static XElement Associable(string id, string text) =>
        new(SimpleAssociableChoice, new XAttribute("identifier", id), new XAttribute("match-max", 1), text);

    private static XElement Declaration(string cardinality, string baseType, IEnumerable<string> correct) =>
        new(ResponseDeclaration,
            new XAttribute("identifier", Response),
            new XAttribute("cardinality", cardinality),
            new XAttribute("base-type", baseType),
            new XElement(CorrectResponse, correct.Select(value => new XElement(Value, value))));

    private static XElement Outcome(string identifier, decimal value) =>
        new(OutcomeDeclaration,
            new XAttribute("identifier", identifier),
            new XAttribute("cardinality", "single"),
            new XAttribute("base-type", "float"),
            new XElement(DefaultValue, new XElement(Value, Number(value))));

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Title(string text) => text.Length <= 80 ? text : text[..80];
}
