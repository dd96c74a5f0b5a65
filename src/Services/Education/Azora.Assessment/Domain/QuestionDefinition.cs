namespace Azora.Assessment.Domain;

/// <summary>
/// What a question asks and what it accepts, beyond its text and points. Only the parts of its type are set: choices for
/// single and multiple choice, <see cref="CorrectAnswer"/> for true/false, and so on. Identifiers (<c>A</c>, <c>P1</c>,
/// <c>M1</c>, <c>I1</c>, <c>C1</c>, <c>C1L1</c>) are assigned by position, so they are stable across versions and are
/// what a learner's response names.
/// </summary>
internal sealed record QuestionDefinition
{
    public IReadOnlyList<Choice>? Choices { get; init; }
    public bool? CorrectAnswer { get; init; }
    public NumericKey? Numeric { get; init; }
    public ShortAnswerKey? ShortAnswer { get; init; }
    public IReadOnlyList<MatchPair>? Pairs { get; init; }

    /// <summary>Ordering: the items in their correct order.</summary>
    public IReadOnlyList<OrderItem>? Items { get; init; }

    public IReadOnlyList<RubricCriterion>? Rubric { get; init; }
}

internal sealed record Choice(string Id, string Text, bool Correct, string? Feedback);

/// <summary>The answer in the base unit, accepted within <see cref="Tolerance"/> (absolute, in the base unit).</summary>
/// <param name="Units">The units a response may use; a response's value times its unit's factor is in the base unit. Empty: no unit.</param>
internal sealed record NumericKey(decimal Answer, decimal Tolerance, IReadOnlyList<AcceptedUnit> Units);

internal sealed record AcceptedUnit(string Unit, decimal Factor);

/// <summary>Patterns tried in order; the first that matches the trimmed response gives its fraction of the points.</summary>
internal sealed record ShortAnswerKey(bool CaseSensitive, IReadOnlyList<AnswerPattern> Patterns);

internal enum PatternKind
{
    /// <summary>The whole response equals the pattern.</summary>
    Exact,

    /// <summary><c>*</c> stands for any run of characters; everything else is literal; the whole response must match.</summary>
    Wildcard,

    /// <summary>A .NET regular expression that must match the whole response, evaluated with a timeout.</summary>
    Regex,
}

internal sealed record AnswerPattern(string Pattern, PatternKind Kind, decimal Fraction);

internal sealed record MatchPair(string PromptId, string Prompt, string MatchId, string Match);

internal sealed record OrderItem(string Id, string Text);

internal sealed record RubricCriterion(string Id, string Title, IReadOnlyList<RubricLevel> Levels)
{
    public decimal MaxPoints => Levels.Max(l => l.Points);
}

internal sealed record RubricLevel(string Id, string Title, decimal Points);
