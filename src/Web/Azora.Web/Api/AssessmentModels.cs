namespace Azora.Web.Api;

/// <summary>An attempt at a quiz as azora-assessment shows it to the learner; feedback only when the quiz allows.</summary>
public sealed record Attempt(
    Guid Id,
    Guid QuizId,
    Guid LearnerId,
    int Number,
    string State,
    DateTimeOffset StartedAt,
    DateTimeOffset? Deadline,
    DateTimeOffset? SubmittedAt,
    bool FeedbackAvailable,
    decimal? Score,
    decimal MaxScore,
    decimal? Percent,
    bool? Passed,
    IReadOnlyList<AttemptQuestion> Questions)
{
    public bool IsOpen => State == "inProgress";
}

public sealed record AttemptQuestion(
    int Position,
    string Type,
    string Text,
    decimal Points,
    IReadOnlyList<Option>? Choices,
    IReadOnlyList<string>? Units,
    IReadOnlyList<Option>? Prompts,
    IReadOnlyList<Option>? Matches,
    IReadOnlyList<Option>? Items,
    LearnerResponse? Response,
    ItemFeedback? Feedback);

public sealed record Option(string Id, string Text);

/// <summary>A saved response; only the field of the question's type is set.</summary>
public sealed record LearnerResponse(
    IReadOnlyList<string>? Choices = null,
    bool? Value = null,
    decimal? Number = null,
    string? Unit = null,
    string? Text = null,
    IReadOnlyDictionary<string, string>? Matches = null,
    IReadOnlyList<string>? Order = null);

public sealed record ItemFeedback(decimal? Score, decimal? Fraction, string? Feedback, IReadOnlyList<string>? ChoiceFeedback, LearnerResponse? CorrectResponse);

public sealed record AttemptSummary(Guid Id, int Number, string State, DateTimeOffset StartedAt, DateTimeOffset? SubmittedAt, decimal? Percent, bool? Passed);

public sealed record QuizSummary(Guid Id, string Title, decimal PassMarkPercent, int? TimeLimitMinutes, int? MaxAttempts);
