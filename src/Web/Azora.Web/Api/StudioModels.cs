namespace Azora.Web.Api;

/// <summary>What the instructor studio reads: taught courses (azora-lms), the question bank and quizzes (azora-assessment).</summary>
public sealed record TaughtCourse(Guid Id, string Title, string Status, bool IsOwner, DateTimeOffset UpdatedAt);

public sealed record TaughtCoursePage(IReadOnlyList<TaughtCourse> Items, string? NextCursor);

public sealed record BankQuestion(Guid Id, string Type, string Text, decimal Points);

public sealed record QuestionPage(IReadOnlyList<BankQuestion> Items, string? NextCursor);

public sealed record QuizPage(IReadOnlyList<QuizSummary> Items, string? NextCursor);

public sealed record Created(Guid Id);

public sealed record CreatedContent(Created Item);
