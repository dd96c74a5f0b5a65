using Azora.Assessment.Domain;

namespace Azora.Assessment.Features.Attempts;

/// <summary>
/// An attempt as its reader may see it. The questions never carry their answer key; <see cref="AttemptQuestion.Feedback"/>
/// (score, correct response, feedback) and the attempt's totals appear only once the quiz's feedback mode allows, or
/// always for the quiz's owner.
/// </summary>
internal sealed record AttemptResponse(
    Guid Id,
    Guid QuizId,
    Guid LearnerId,
    int Number,
    string State,
    DateTimeOffset StartedAt,
    DateTimeOffset? Deadline,
    DateTimeOffset? AcceptsUntil,
    DateTimeOffset? SubmittedAt,
    bool FeedbackAvailable,
    decimal? Score,
    decimal MaxScore,
    decimal? Percent,
    bool? Passed,
    int GradeRevision,
    DateTimeOffset? GradedAt,
    IReadOnlyList<AttemptQuestion> Questions)
{
    public static AttemptResponse From(Attempt attempt, Quiz quiz, IReadOnlyDictionary<Guid, QuestionVersion> versions, bool forOwner, DateTimeOffset now)
    {
        var feedback = forOwner || FeedbackVisible(attempt, quiz, now);
        return new AttemptResponse(
            attempt.Id,
            attempt.QuizId,
            attempt.LearnerId,
            attempt.Number,
            StateName(attempt, now),
            attempt.StartedAt,
            attempt.Deadline,
            attempt.AcceptsUntil,
            attempt.SubmittedAt,
            feedback,
            feedback ? attempt.Score : null,
            attempt.MaxScore,
            feedback ? attempt.Percent : null,
            feedback ? attempt.Passed : null,
            attempt.GradeRevision,
            attempt.GradedAt,
            [.. attempt.Items.OrderBy(i => i.Position).Select(i => AttemptQuestion.From(i, versions[i.QuestionVersionId], feedback))]);
    }

    /// <summary>Whether the learner may see scores and answers now, as the quiz's feedback mode says.</summary>
    public static bool FeedbackVisible(Attempt attempt, Quiz quiz, DateTimeOffset now) => quiz.FeedbackMode switch
    {
        FeedbackMode.Immediate => attempt.State != AttemptState.InProgress,
        FeedbackMode.AfterGrading => attempt.State == AttemptState.Graded,
        _ => attempt.State == AttemptState.Graded && quiz.IsClosed(now),
    };

    public static string StateName(Attempt attempt, DateTimeOffset now) => attempt.State switch
    {
        AttemptState.InProgress when attempt.IsExpired(now) => "expired",
        AttemptState.InProgress => "inProgress",
        AttemptState.AwaitingGrading => "awaitingGrading",
        _ => "graded",
    };
}

/// <summary>
/// One question of an attempt as presented: choices (single, multiple choice), units (numeric), prompts and shuffled
/// matches (matching), shuffled items (ordering), the rubric (essay), and the learner's saved response. Matches and
/// items carry this attempt's own ids (<see cref="PresentedIds"/>), which say nothing about the answer.
/// </summary>
internal sealed record AttemptQuestion(
    int Position,
    Guid QuestionId,
    int Version,
    string Type,
    string Text,
    decimal Points,
    IReadOnlyList<Option>? Choices,
    IReadOnlyList<string>? Units,
    IReadOnlyList<Option>? Prompts,
    IReadOnlyList<Option>? Matches,
    IReadOnlyList<Option>? Items,
    IReadOnlyList<CriterionView>? Rubric,
    LearnerResponse? Response,
    ItemFeedback? Feedback)
{
    public static AttemptQuestion From(AttemptItem item, QuestionVersion version, bool withFeedback)
    {
        var key = version.Definition;
        // The same attempt item always shows the same shuffle, without storing it.
        var shuffle = new Random(item.Id.GetHashCode());
        return new AttemptQuestion(
            item.Position,
            item.QuestionId,
            version.Number,
            version.Type.WireName(),
            version.Text,
            item.Points,
            key.Choices?.Select(c => new Option(c.Id, c.Text)).ToList(),
            key.Numeric?.Units.Select(u => u.Unit).ToList(),
            key.Pairs?.Select(p => new Option(p.PromptId, p.Prompt)).ToList(),
            key.Pairs is { } pairs ? Shuffled(pairs.Select(p => new Option(PresentedIds.For(item.Id, p.MatchId), p.Match)), shuffle) : null,
            key.Items is { } items ? Shuffled(items.Select(i => new Option(PresentedIds.For(item.Id, i.Id), i.Text)), shuffle) : null,
            key.Rubric?.Select(c => new CriterionView(c.Id, c.Title, c.Levels)).ToList(),
            item.Response,
            withFeedback && item.Fraction is not null ? ItemFeedback.From(item, version) : null);
    }

    private static List<Option> Shuffled(IEnumerable<Option> options, Random random)
    {
        var list = options.ToArray();
        random.Shuffle(list);
        return [.. list];
    }
}

internal sealed record Option(string Id, string Text);

internal sealed record CriterionView(string Id, string Criterion, IReadOnlyList<RubricLevel> Levels);

/// <summary>How a graded question went: the score, the question's feedback, the feedback of chosen choices, the correct response.</summary>
internal sealed record ItemFeedback(
    decimal? Score,
    decimal? Fraction,
    string? Feedback,
    IReadOnlyList<string>? ChoiceFeedback,
    LearnerResponse? CorrectResponse,
    RubricGrade? RubricGrade)
{
    public static ItemFeedback From(AttemptItem item, QuestionVersion version)
    {
        var key = version.Definition;
        var chosen = item.Response?.Choices ?? [];
        var choiceFeedback = key.Choices?.Where(c => chosen.Contains(c.Id) && c.Feedback is not null).Select(c => c.Feedback!).ToList();
        return new ItemFeedback(item.Score, item.Fraction, version.Feedback, choiceFeedback, CorrectResponseOf(item, version), item.RubricGrade);
    }

    private static LearnerResponse? CorrectResponseOf(AttemptItem item, QuestionVersion version)
    {
        var key = version.Definition;
        return version.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice => new LearnerResponse { Choices = [.. key.Choices!.Where(c => c.Correct).Select(c => c.Id)] },
            QuestionType.TrueFalse => new LearnerResponse { Value = key.CorrectAnswer },
            QuestionType.Numeric => new LearnerResponse { Number = key.Numeric!.Answer, Unit = key.Numeric.Units.FirstOrDefault(u => u.Factor == 1)?.Unit },
            QuestionType.ShortAnswer => new LearnerResponse { Text = key.ShortAnswer!.Patterns.First(p => p.Fraction == 1).Pattern },
            QuestionType.Matching => new LearnerResponse { Matches = key.Pairs!.ToDictionary(p => p.PromptId, p => PresentedIds.For(item.Id, p.MatchId)) },
            QuestionType.Ordering => new LearnerResponse { Order = [.. key.Items!.Select(i => PresentedIds.For(item.Id, i.Id))] },
            _ => null,
        };
    }
}
