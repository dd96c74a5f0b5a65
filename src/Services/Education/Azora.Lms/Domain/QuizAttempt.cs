namespace Azora.Lms.Domain;

/// <summary>
/// One grading of one quiz attempt, as azora-assessment reported it. A regrade arrives as a higher
/// <see cref="GradeRevision"/> of the same attempt, and only an attempt's latest revision counts.
/// </summary>
internal sealed class QuizAttempt
{
    public Guid AttemptId { get; set; }
    public int GradeRevision { get; set; }
    public Guid QuizId { get; set; }
    public Guid LearnerId { get; set; }
    public decimal Score { get; set; }
    public decimal MaxScore { get; set; }
    public decimal Percent { get; set; }
    public bool Passed { get; set; }
    public DateTimeOffset GradedAt { get; set; }

    /// <summary>Per quiz: the best percent and whether any attempt passed, over each attempt's latest grading.</summary>
    public static Dictionary<Guid, QuizStanding> StandingsByQuiz(IEnumerable<QuizAttempt> attempts) =>
        attempts
            .GroupBy(a => a.AttemptId)
            .Select(g => g.MaxBy(a => a.GradeRevision)!)
            .GroupBy(a => a.QuizId)
            .ToDictionary(g => g.Key, g => new QuizStanding(g.Max(a => a.Percent), g.Any(a => a.Passed)));
}

/// <summary>Where a learner stands on one quiz: the best percent any attempt reached, and whether one passed.</summary>
internal sealed record QuizStanding(decimal BestPercent, bool Passed);
