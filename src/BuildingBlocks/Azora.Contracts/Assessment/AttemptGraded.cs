namespace Azora.Contracts.Assessment;

/// <summary>
/// A quiz attempt has a grade: when it was auto-graded on submission, after manual grading finished, and again after a
/// regrade (with a higher <see cref="GradeRevision"/>). Consumers key on (<see cref="AttemptId"/>, <see cref="GradeRevision"/>).
/// </summary>
/// <param name="Percent">Score as a percentage of <see cref="MaxScore"/>, 0 to 100.</param>
/// <param name="Passed">Whether <see cref="Percent"/> reached the quiz's pass mark.</param>
[MessageName("azora-assessment.attempt-graded.v1")]
public sealed record AttemptGraded(
    Guid AttemptId,
    Guid QuizId,
    Guid LearnerId,
    int AttemptNumber,
    decimal Score,
    decimal MaxScore,
    decimal Percent,
    bool Passed,
    int GradeRevision,
    DateTimeOffset GradedAt);
