namespace Azora.Assessment.Domain;

/// <summary>When a learner sees scores, correct answers and feedback for a submitted attempt.</summary>
internal enum FeedbackMode
{
    /// <summary>As soon as the attempt is submitted (essays show once graded).</summary>
    Immediate,

    /// <summary>Once the attempt is fully graded, essays included.</summary>
    AfterGrading,

    /// <summary>Once the quiz has closed (and the attempt is graded).</summary>
    AfterClose,
}

/// <summary>One place in a quiz: a fixed question, or <see cref="Count"/> questions drawn at random from a tag.</summary>
internal sealed record QuizSlot(Guid? QuestionId, string? Tag, int Count);

/// <summary>
/// A quiz an instructor owns: its questions (fixed or drawn), pass mark, time limit with a server-side grace period,
/// attempt limit, feedback mode and optional close date.
/// </summary>
internal sealed class Quiz
{
    public const int TitleMaxLength = 200;
    public const int MaxSlots = 100;
    public const int MaxQuestions = 200;

    private Quiz()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<QuizSlot> Slots { get; private set; } = [];
    public decimal PassMarkPercent { get; private set; }
    public int? TimeLimitMinutes { get; private set; }
    public int GraceSeconds { get; private set; }
    public int? MaxAttempts { get; private set; }
    public FeedbackMode FeedbackMode { get; private set; }
    public DateTimeOffset? ClosesAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A new quiz named <paramref name="id"/> when given (a new time-ordered id otherwise).</summary>
    public static Quiz Create(Guid ownerId, string title, IReadOnlyList<QuizSlot> slots, decimal passMarkPercent, int? timeLimitMinutes,
        int graceSeconds, int? maxAttempts, FeedbackMode feedbackMode, DateTimeOffset? closesAt, DateTimeOffset now, Guid? id = null) => new()
        {
            Id = id ?? Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Title = title.Trim(),
            Slots = slots,
            PassMarkPercent = passMarkPercent,
            TimeLimitMinutes = timeLimitMinutes,
            GraceSeconds = graceSeconds,
            MaxAttempts = maxAttempts,
            FeedbackMode = feedbackMode,
            ClosesAt = closesAt,
            CreatedAt = now,
        };

    /// <summary>
    /// Replaces the quiz's settings (not its questions). Attempts already started keep the deadline they were given;
    /// the pass mark applies to grades given from now on.
    /// </summary>
    public void ChangeSettings(string title, decimal passMarkPercent, int? timeLimitMinutes, int graceSeconds, int? maxAttempts,
        FeedbackMode feedbackMode, DateTimeOffset? closesAt)
    {
        Title = title.Trim();
        PassMarkPercent = passMarkPercent;
        TimeLimitMinutes = timeLimitMinutes;
        GraceSeconds = graceSeconds;
        MaxAttempts = maxAttempts;
        FeedbackMode = feedbackMode;
        ClosesAt = closesAt;
    }

    public bool IsClosed(DateTimeOffset now) => ClosesAt is { } closes && now >= closes;

    /// <summary>How many attempts a learner has, with their override's extra attempts; null means no limit.</summary>
    public int? AttemptsAllowed(QuizOverride? learnerOverride) => MaxAttempts + (learnerOverride?.ExtraAttempts ?? 0);

    /// <summary>
    /// When an attempt started at <paramref name="startedAt"/> is due: the time limit plus the learner's extra time, but
    /// never after the quiz closes. Null when neither a time limit nor a close date applies.
    /// </summary>
    public DateTimeOffset? DeadlineFor(DateTimeOffset startedAt, QuizOverride? learnerOverride)
    {
        DateTimeOffset? deadline = TimeLimitMinutes is { } minutes
            ? startedAt.AddMinutes(minutes + (learnerOverride?.ExtraMinutes ?? 0))
            : null;
        if (ClosesAt is { } closes && (deadline is null || closes < deadline))
        {
            deadline = closes;
        }
        return deadline;
    }

    public bool Passes(decimal percent) => percent >= PassMarkPercent;
}

/// <summary>What the quiz's owner granted one learner beyond the quiz's own limits.</summary>
internal sealed class QuizOverride
{
    private QuizOverride()
    {
    }

    public QuizOverride(Guid quizId, Guid learnerId) => (QuizId, LearnerId) = (quizId, learnerId);

    public Guid QuizId { get; private set; }
    public Guid LearnerId { get; private set; }
    public int ExtraMinutes { get; private set; }
    public int ExtraAttempts { get; private set; }

    public void Set(int extraMinutes, int extraAttempts) => (ExtraMinutes, ExtraAttempts) = (extraMinutes, extraAttempts);
}
