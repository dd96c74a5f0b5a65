using Azora.Assessment.Domain;

namespace Azora.Assessment.Features.Questions;

/// <summary>A version of a question as its author sees it, answer key included.</summary>
internal sealed record QuestionResponse(
    Guid Id,
    Guid OwnerId,
    int Version,
    Guid VersionId,
    int LatestVersion,
    string Type,
    string Text,
    decimal Points,
    IReadOnlyList<string> Tags,
    string? Feedback,
    IReadOnlyList<Choice>? Choices,
    bool? Correct,
    NumericKey? Numeric,
    bool? CaseSensitive,
    IReadOnlyList<PatternResponse>? Patterns,
    IReadOnlyList<MatchPair>? Pairs,
    IReadOnlyList<OrderItem>? Items,
    IReadOnlyList<CriterionResponse>? Rubric,
    DateTimeOffset CreatedAt)
{
    public static QuestionResponse From(Question question, QuestionVersion version)
    {
        var key = version.Definition;
        return new QuestionResponse(
            question.Id,
            question.OwnerId,
            version.Number,
            version.Id,
            question.LatestVersionNumber,
            version.Type.WireName(),
            version.Text,
            version.Points,
            version.Tags,
            version.Feedback,
            key.Choices,
            key.CorrectAnswer,
            key.Numeric,
            key.ShortAnswer?.CaseSensitive,
            key.ShortAnswer?.Patterns.Select(p => new PatternResponse(p.Pattern, p.Kind.ToString().ToLowerInvariant(), p.Fraction)).ToList(),
            key.Pairs,
            key.Items,
            key.Rubric?.Select(CriterionResponse.From).ToList(),
            version.CreatedAt);
    }
}

internal sealed record PatternResponse(string Pattern, string Match, decimal Fraction);

internal sealed record CriterionResponse(string Id, string Criterion, IReadOnlyList<RubricLevel> Levels)
{
    public static CriterionResponse From(RubricCriterion criterion) => new(criterion.Id, criterion.Title, criterion.Levels);
}
