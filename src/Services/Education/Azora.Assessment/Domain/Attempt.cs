namespace Azora.Assessment.Domain;

internal enum AttemptState
{
    InProgress,

    /// <summary>Submitted; its objective questions are graded and at least one essay waits in the grading queue.</summary>
    AwaitingGrading,

    Graded,
}

/// <summary>
/// One learner's attempt at a quiz: the question versions it was given (kept even when a question is edited later), the
/// saved answers, and, once submitted, the grade. Answers change only while the attempt is open, which the server
/// decides: until the deadline plus the quiz's grace period.
/// </summary>
internal sealed class Attempt
{
    private readonly List<AttemptItem> _items = [];

    private Attempt()
    {
    }

    public Guid Id { get; private set; }
    public Guid QuizId { get; private set; }
    public Guid LearnerId { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? Deadline { get; private set; }

    /// <summary>The last moment answers and the submission are accepted: the deadline plus the grace period.</summary>
    public DateTimeOffset? AcceptsUntil { get; private set; }

    public AttemptState State { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public decimal? Score { get; private set; }
    public decimal MaxScore { get; private set; }
    public decimal? Percent { get; private set; }
    public bool? Passed { get; private set; }

    /// <summary>0 until first graded, then 1, and one more for each regrade.</summary>
    public int GradeRevision { get; private set; }

    public DateTimeOffset? GradedAt { get; private set; }
    public IReadOnlyList<AttemptItem> Items => _items;

    public static Attempt Start(Quiz quiz, Guid learnerId, int number, QuizOverride? learnerOverride,
        IReadOnlyList<QuestionVersion> questions, DateTimeOffset now)
    {
        var deadline = quiz.DeadlineFor(now, learnerOverride);
        var attempt = new Attempt
        {
            Id = Guid.CreateVersion7(now),
            QuizId = quiz.Id,
            LearnerId = learnerId,
            Number = number,
            StartedAt = now,
            Deadline = deadline,
            AcceptsUntil = deadline?.AddSeconds(quiz.GraceSeconds),
            State = AttemptState.InProgress,
            MaxScore = questions.Sum(q => q.Points),
        };
        for (var i = 0; i < questions.Count; i++)
        {
            attempt._items.Add(new AttemptItem(Guid.CreateVersion7(now), attempt.Id, i + 1, questions[i]));
        }
        return attempt;
    }

    /// <summary>Still taking answers: in progress and not past its deadline plus grace.</summary>
    public bool IsOpen(DateTimeOffset now) => State == AttemptState.InProgress && (AcceptsUntil is not { } until || now <= until);

    /// <summary>Started, never submitted, and now past accepting anything.</summary>
    public bool IsExpired(DateTimeOffset now) => State == AttemptState.InProgress && !IsOpen(now);

    public void SaveAnswer(int position, LearnerResponse response, DateTimeOffset now) =>
        _items.Single(i => i.Position == position).Save(response, now);

    /// <summary>Closes the attempt and grades its objective questions; true when it is then fully graded.</summary>
    public bool Submit(Func<Guid, QuestionVersion> versionOf, decimal passMarkPercent, DateTimeOffset now)
    {
        SubmittedAt = now;
        foreach (var item in _items.Where(i => i.Type.IsAutoGraded()))
        {
            var version = versionOf(item.QuestionVersionId);
            item.SetGrade(QuestionGrader.Grade(version.Type, version.Definition, item.KeyedResponse(version)));
        }
        return Total(passMarkPercent, now);
    }

    public AttemptItem Item(int position) => _items.Single(i => i.Position == position);

    /// <summary>Records a person's rubric grade on an essay; true when the attempt is then (again) fully graded.</summary>
    public bool GradeEssay(int position, RubricGrade grade, IReadOnlyList<RubricCriterion> rubric, decimal passMarkPercent, DateTimeOffset now)
    {
        Item(position).SetEssayGrade(grade, QuestionGrader.GradeEssay(rubric, grade.Levels));
        return Total(passMarkPercent, now);
    }

    /// <summary>
    /// Moves the items that were given an older version of the question to <paramref name="corrected"/> and grades them
    /// again; true when the attempt's grade is then (again) complete.
    /// </summary>
    public bool Regrade(QuestionVersion corrected, decimal passMarkPercent, DateTimeOffset now)
    {
        foreach (var item in _items.Where(i => i.QuestionId == corrected.QuestionId && i.QuestionVersionId != corrected.Id))
        {
            item.MoveTo(corrected);
            if (corrected.Type.IsAutoGraded())
            {
                item.SetGrade(QuestionGrader.Grade(corrected.Type, corrected.Definition, item.KeyedResponse(corrected)));
            }
            else
            {
                // A corrected essay question goes back to the grading queue: its rubric may have changed.
                item.ClearGrade();
            }
        }
        MaxScore = _items.Sum(i => i.Points);
        return Total(passMarkPercent, now);
    }

    public bool UsesOlderVersionOf(QuestionVersion latest) =>
        _items.Any(i => i.QuestionId == latest.QuestionId && i.QuestionVersionId != latest.Id);

    private bool Total(decimal passMarkPercent, DateTimeOffset now)
    {
        if (_items.Any(i => i.Score is null))
        {
            State = AttemptState.AwaitingGrading;
            return false;
        }
        Score = _items.Sum(i => i.Score!.Value);
        Percent = MaxScore == 0 ? 0m : Math.Round(Score.Value / MaxScore * 100m, 2, MidpointRounding.AwayFromZero);
        Passed = Percent >= passMarkPercent;
        State = AttemptState.Graded;
        GradeRevision++;
        GradedAt = now;
        return true;
    }
}

/// <summary>A person's rubric grade on an essay: the chosen level id per criterion id, and an optional comment.</summary>
internal sealed record RubricGrade(IReadOnlyDictionary<string, string> Levels, string? Comment, Guid GradedBy);

/// <summary>One question of an attempt, pinned to the version the learner was given.</summary>
internal sealed class AttemptItem
{
    private AttemptItem()
    {
    }

    public AttemptItem(Guid id, Guid attemptId, int position, QuestionVersion version)
    {
        Id = id;
        AttemptId = attemptId;
        Position = position;
        MoveTo(version);
    }

    public Guid Id { get; private set; }
    public Guid AttemptId { get; private set; }
    public int Position { get; private set; }
    public Guid QuestionId { get; private set; }
    public Guid QuestionVersionId { get; private set; }
    public QuestionType Type { get; private set; }
    public decimal Points { get; private set; }
    public LearnerResponse? Response { get; private set; }
    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>The fraction of the points earned, 0 to 1; null until graded.</summary>
    public decimal? Fraction { get; private set; }

    public decimal? Score { get; private set; }
    public RubricGrade? RubricGrade { get; private set; }

    /// <summary>The saved response in the bank's ids (see <see cref="PresentedIds"/>).</summary>
    public LearnerResponse? KeyedResponse(QuestionVersion version) =>
        Response is null ? null : PresentedIds.ToKey(Response, Id, version.Type, version.Definition);

    public void Save(LearnerResponse response, DateTimeOffset now) => (Response, SavedAt) = (response, now);

    public void MoveTo(QuestionVersion version)
    {
        QuestionId = version.QuestionId;
        QuestionVersionId = version.Id;
        Type = version.Type;
        Points = version.Points;
    }

    public void SetGrade(decimal fraction)
    {
        Fraction = fraction;
        Score = Math.Round(fraction * Points, 4, MidpointRounding.AwayFromZero);
    }

    public void ClearGrade() => (Fraction, Score, RubricGrade) = (null, null, null);

    public void SetEssayGrade(RubricGrade grade, decimal fraction)
    {
        RubricGrade = grade;
        SetGrade(fraction);
    }
}
