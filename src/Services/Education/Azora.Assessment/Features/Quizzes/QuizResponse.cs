using Azora.Assessment.Domain;

namespace Azora.Assessment.Features.Quizzes;

/// <summary>A quiz's settings. <see cref="Slots"/> (which questions, which draws) is shown to its owner only.</summary>
internal sealed record QuizResponse(
    Guid Id,
    Guid OwnerId,
    string Title,
    int QuestionCount,
    decimal PassMarkPercent,
    int? TimeLimitMinutes,
    int GraceSeconds,
    int? MaxAttempts,
    string FeedbackMode,
    DateTimeOffset? ClosesAt,
    DateTimeOffset CreatedAt,
    IReadOnlyList<SlotResponse>? Slots)
{
    public static QuizResponse From(Quiz quiz, bool forOwner) => new(
        quiz.Id,
        quiz.OwnerId,
        quiz.Title,
        quiz.Slots.Sum(s => s.Count),
        quiz.PassMarkPercent,
        quiz.TimeLimitMinutes,
        quiz.GraceSeconds,
        quiz.MaxAttempts,
        WireName(quiz.FeedbackMode),
        quiz.ClosesAt,
        quiz.CreatedAt,
        forOwner ? quiz.Slots.Select(s => new SlotResponse(s.QuestionId, s.Tag, s.Count)).ToList() : null);

    public static string WireName(Domain.FeedbackMode mode) => mode switch
    {
        Domain.FeedbackMode.Immediate => "immediate",
        Domain.FeedbackMode.AfterGrading => "afterGrading",
        _ => "afterClose",
    };
}

internal sealed record SlotResponse(Guid? QuestionId, string? Tag, int Count);
