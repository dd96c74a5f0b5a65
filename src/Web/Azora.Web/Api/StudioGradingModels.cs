namespace Azora.Web.Api;

/// <summary>An essay of a submitted attempt that waits for the quiz owner's grade (azora-assessment's grading queue).</summary>
public sealed record QueuedEssay(
    Guid AttemptId,
    Guid LearnerId,
    int AttemptNumber,
    int Position,
    Guid QuestionId,
    int Version,
    string Text,
    decimal Points,
    IReadOnlyList<RubricCriterion> Rubric,
    string? Response,
    DateTimeOffset? SubmittedAt);

/// <summary>An attempt at a quiz, as its owner lists them.</summary>
public sealed record StudioAttemptSummary(
    Guid Id,
    Guid LearnerId,
    int Number,
    string State,
    DateTimeOffset StartedAt,
    DateTimeOffset? SubmittedAt,
    decimal? Score,
    decimal MaxScore,
    decimal? Percent,
    bool? Passed,
    int GradeRevision);

/// <summary>An attempt as the quiz's owner reads it to grade: every question with its response, rubric and grade so far.</summary>
public sealed record GradedAttempt(
    Guid Id,
    Guid QuizId,
    Guid LearnerId,
    int Number,
    string State,
    DateTimeOffset? SubmittedAt,
    decimal? Score,
    decimal MaxScore,
    decimal? Percent,
    bool? Passed,
    int GradeRevision,
    IReadOnlyList<GradedQuestion> Questions);

public sealed record GradedQuestion(
    int Position,
    Guid QuestionId,
    int Version,
    string Type,
    string Text,
    decimal Points,
    IReadOnlyList<RubricCriterion>? Rubric,
    LearnerResponse? Response,
    GraderFeedback? Feedback);

public sealed record GraderFeedback(decimal? Score, decimal? Fraction, RubricGrade? RubricGrade);

public sealed record RubricGrade(IReadOnlyDictionary<string, string> Levels, string? Comment);

/// <summary>Moodle's item analysis of a quiz (percentages; null where the data cannot say).</summary>
public sealed record QuizStatistics(int AttemptCount, double? CoefficientOfInternalConsistency, IReadOnlyList<ItemStatistics> Items);

public sealed record ItemStatistics(
    int Position,
    double MaxScore,
    double? FacilityIndex,
    double? StandardDeviation,
    double? DiscriminationIndex,
    double? DiscriminativeEfficiency);

/// <summary>The course's weighted gradebook (azora-lms): one row per enrolled learner.</summary>
public sealed record Gradebook(Guid CourseId, IReadOnlyList<GradebookRow> Rows, string? NextCursor);

public sealed record GradebookRow(Guid LearnerId, decimal? Grade, IReadOnlyList<CategoryGrade> Categories, IReadOnlyList<GradedItem> Items);

public sealed record CategoryGrade(string Name, decimal Weight, int DropLowest, decimal? Average, int Counted, int Dropped);

public sealed record GradedItem(Guid LessonId, string Title, string? Category, decimal? BestPercent, bool? Passed);
