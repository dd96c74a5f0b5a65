using System.ComponentModel.DataAnnotations;
using Azora.Assessment.Domain;

namespace Azora.Assessment.Features.Questions;

/// <summary>
/// A question as an instructor writes it (to create it, or as its next version). Only the fields of its type are read:
/// <c>choices</c> (singleChoice: exactly one correct; multipleChoice: at least one), <c>correct</c> (trueFalse),
/// <c>numeric</c>, <c>patterns</c> and <c>caseSensitive</c> (shortAnswer), <c>pairs</c> (matching), <c>items</c>
/// (ordering, in the correct order) and <c>rubric</c> (essay).
/// </summary>
internal sealed record QuestionRequest(
    [Required, RegularExpression(QuestionTypes.Pattern, ErrorMessage = QuestionTypes.PatternMessage)] string Type,
    [Required, StringLength(QuestionVersion.TextMaxLength)] string Text,
    [Range(0.01, 1000, ErrorMessage = "The points are between 0.01 and 1000.")] decimal Points = 1,
    [MaxLength(Question.MaxTags)] IReadOnlyList<string>? Tags = null,
    [StringLength(QuestionVersion.FeedbackMaxLength)] string? Feedback = null,
    [MaxLength(QuestionRequest.MaxParts)] IReadOnlyList<ChoiceInput>? Choices = null,
    bool? Correct = null,
    NumericInput? Numeric = null,
    bool CaseSensitive = false,
    [MaxLength(QuestionRequest.MaxParts)] IReadOnlyList<PatternInput>? Patterns = null,
    [MaxLength(QuestionRequest.MaxParts)] IReadOnlyList<PairInput>? Pairs = null,
    [MaxLength(QuestionRequest.MaxParts)] IReadOnlyList<string>? Items = null,
    [MaxLength(QuestionRequest.MaxCriteria)] IReadOnlyList<CriterionInput>? Rubric = null)
{
    public const int MaxParts = 20;
    public const int MaxCriteria = 10;
    public const int PartMaxLength = 1_000;
}

internal sealed record ChoiceInput(string? Text, bool Correct = false, string? Feedback = null);

/// <param name="Answer">In the base unit.</param>
/// <param name="Tolerance">Absolute, in the base unit.</param>
/// <param name="Units">Accepted units, each with the factor that turns a value in it into the base unit (cm to m: 0.01).</param>
internal sealed record NumericInput(decimal Answer, decimal Tolerance = 0, IReadOnlyList<UnitInput>? Units = null);

internal sealed record UnitInput(string? Unit, decimal Factor = 1);

/// <param name="Match">exact, wildcard (<c>*</c> for any text) or regex.</param>
/// <param name="Fraction">The share of the points this pattern earns, above 0 and at most 1.</param>
internal sealed record PatternInput(string? Pattern, string Match = "exact", decimal Fraction = 1);

internal sealed record PairInput(string? Prompt, string? Match);

internal sealed record CriterionInput(string? Criterion, IReadOnlyList<LevelInput>? Levels);

internal sealed record LevelInput(string? Title, decimal Points);
