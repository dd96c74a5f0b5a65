namespace Azora.Web.Api;

/// <summary>
/// A question of the bank as its author sees it in azora-assessment, answer key included: only the parts of its type
/// are set (choices, correct, numeric, patterns, pairs, items or rubric).
/// </summary>
public sealed record BankQuestion(
    Guid Id,
    int Version,
    int LatestVersion,
    string Type,
    string Text,
    decimal Points,
    IReadOnlyList<string>? Tags = null,
    string? Feedback = null,
    IReadOnlyList<QuestionChoice>? Choices = null,
    bool? Correct = null,
    NumericKey? Numeric = null,
    bool? CaseSensitive = null,
    IReadOnlyList<AnswerPattern>? Patterns = null,
    IReadOnlyList<MatchPair>? Pairs = null,
    IReadOnlyList<Option>? Items = null,
    IReadOnlyList<RubricCriterion>? Rubric = null);

public sealed record QuestionChoice(string Id, string Text, bool Correct, string? Feedback);

public sealed record NumericKey(decimal Answer, decimal Tolerance, IReadOnlyList<AcceptedUnit> Units);

public sealed record AcceptedUnit(string Unit, decimal Factor);

public sealed record AnswerPattern(string Pattern, string Match, decimal Fraction);

public sealed record MatchPair(string PromptId, string Prompt, string MatchId, string Match);

public sealed record RubricCriterion(string Id, string Criterion, IReadOnlyList<RubricLevel> Levels);

public sealed record RubricLevel(string Id, string Title, decimal Points);

/// <summary>A quiz as its owner sees it: settings and its slots (fixed questions and random draws).</summary>
public sealed record StudioQuiz(
    Guid Id,
    Guid OwnerId,
    string Title,
    int QuestionCount,
    decimal PassMarkPercent,
    int? TimeLimitMinutes,
    int GraceSeconds,
    int? MaxAttempts,
    string FeedbackMode,
    DateTimeOffset? ClosesAt,
    IReadOnlyList<QuizSlot>? Slots);

public sealed record QuizSlot(Guid? QuestionId, string? Tag, int Count);

/// <summary>The eight question types azora-assessment grades, as the wire spells them, with the name a person reads.</summary>
public static class QuestionTypes
{
    public static readonly IReadOnlyList<(string Type, string Name)> All =
    [
        ("singleChoice", "Multiple choice, one right answer"),
        ("multipleChoice", "Multiple choice, several right answers"),
        ("trueFalse", "True or false"),
        ("shortAnswer", "Short text answer"),
        ("numeric", "Numeric answer"),
        ("matching", "Matching"),
        ("ordering", "Ordering"),
        ("essay", "Essay, graded with a rubric"),
    ];

    public static bool IsKnown(string? type) => All.Any(t => t.Type == type);

    public static string NameOf(string type) => All.FirstOrDefault(t => t.Type == type).Name ?? type;
}
