namespace Azora.Assessment.Domain;

/// <summary>
/// What a learner answered to one question; only the part for the question's type is read: <see cref="Choices"/> (single
/// and multiple choice, by choice id), <see cref="Value"/> (true/false), <see cref="Number"/> with <see cref="Unit"/>
/// (numeric), <see cref="Text"/> (short answer, essay), <see cref="Matches"/> (matching: prompt id to match id),
/// <see cref="Order"/> (ordering: item ids, first to last).
/// </summary>
internal sealed record LearnerResponse
{
    public IReadOnlyList<string>? Choices { get; init; }
    public bool? Value { get; init; }
    public decimal? Number { get; init; }
    public string? Unit { get; init; }
    public string? Text { get; init; }
    public IReadOnlyDictionary<string, string>? Matches { get; init; }
    public IReadOnlyList<string>? Order { get; init; }
}
