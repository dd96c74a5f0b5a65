using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.ServiceDefaults.Idempotency;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Quizzes;

/// <param name="Questions">In order: a fixed question (<c>{"questionId": ...}</c>) or a random draw (<c>{"tag": "algebra", "count": 3}</c>) from the owner's bank.</param>
/// <param name="GraceSeconds">How long after the deadline answers and the submission are still accepted (network delays).</param>
/// <param name="FeedbackMode">immediate, afterGrading or afterClose (which needs <c>closesAt</c>).</param>
internal sealed record CreateQuizRequest(
    [Required, StringLength(Quiz.TitleMaxLength)] string Title,
    [Required, MinLength(1), MaxLength(Quiz.MaxSlots)] IReadOnlyList<SlotInput> Questions,
    [Range(0, 100, ErrorMessage = "The pass mark is a percentage from 0 to 100.")] decimal PassMarkPercent = 50,
    [Range(1, 10_080, ErrorMessage = "The time limit is 1 to 10080 minutes.")] int? TimeLimitMinutes = null,
    [Range(0, 3_600, ErrorMessage = "The grace period is 0 to 3600 seconds.")] int GraceSeconds = 60,
    [Range(1, 100, ErrorMessage = "The attempt limit is 1 to 100.")] int? MaxAttempts = null,
    [RegularExpression("^(immediate|afterGrading|afterClose)$", ErrorMessage = "The feedback mode is immediate, afterGrading or afterClose.")] string FeedbackMode = "immediate",
    DateTimeOffset? ClosesAt = null);

internal sealed record SlotInput(Guid? QuestionId = null, string? Tag = null, int Count = 1);

/// <summary>
/// An instructor builds a quiz from their own bank: fixed questions and random draws from tagged categories. A retry
/// with the same <c>Idempotency-Key</c> creates nothing more: the key names the quiz, so a run repeated after a takeover
/// answers with the quiz it created.
/// </summary>
internal static class CreateQuiz
{
    private const int MaxDraw = 50;

    public static void Map(IEndpointRouteBuilder quizzes) =>
        quizzes.MapPost("/", HandleAsync)
            .AcceptIdempotencyKey<AssessmentDbContext>()
            .WithName("CreateQuiz")
            .WithSummary("Create a quiz owned by the signed-in instructor, with fixed questions and random draws from their bank.");

    private static async Task<Results<Created<QuizResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        CreateQuizRequest request,
        ClaimsPrincipal caller,
        HttpContext http,
        AssessmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var ownerId))
        {
            return TypedResults.Forbid();
        }
        var quizId = http.IdempotentRequest()?.IdFor("azora-assessment.quiz");
        if (quizId is { } earlierId
            && await QuizAccess.FindOwnedAsync(db, caller, ownerId, earlierId, toChange: true, cancellationToken) is { } earlier)
        {
            return TypedResults.Created($"/api/quizzes/{earlier.Id}", QuizResponse.From(earlier, forOwner: true));
        }
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            errors.Add("title", "The title must not be blank.");
        }
        if (request.ClosesAt is { } closes && closes <= now)
        {
            errors.Add("closesAt", "The close date is in the future.");
        }
        var mode = Enum.Parse<FeedbackMode>(request.FeedbackMode, ignoreCase: true);
        if (mode == FeedbackMode.AfterClose && request.ClosesAt is null)
        {
            errors.Add("feedbackMode", "Feedback after the quiz closes needs a close date (closesAt).");
        }
        var slots = await ReadSlotsAsync(request.Questions, ownerId, db, errors, cancellationToken);
        if (errors.Any)
        {
            return AssessmentProblems.Fields(errors);
        }

        var quiz = Quiz.Create(ownerId, request.Title, slots, request.PassMarkPercent, request.TimeLimitMinutes, request.GraceSeconds,
            request.MaxAttempts, mode, request.ClosesAt?.ToUniversalTime(), now, quizId);
        db.Quizzes.Add(quiz);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return AssessmentProblems.ChangedMeanwhile();
        }
        return TypedResults.Created($"/api/quizzes/{quiz.Id}", QuizResponse.From(quiz, forOwner: true));
    }

    private static async Task<List<QuizSlot>> ReadSlotsAsync(IReadOnlyList<SlotInput> inputs, Guid ownerId, AssessmentDbContext db,
        FieldErrors errors, CancellationToken cancellationToken)
    {
        var fixedIds = inputs.Where(s => s?.QuestionId is not null).Select(s => s.QuestionId!.Value).ToList();
        var owned = await db.Questions.Where(q => q.OwnerId == ownerId && fixedIds.Contains(q.Id)).Select(q => q.Id).ToListAsync(cancellationToken);
        var slots = new List<QuizSlot>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"questions[{i}]";
            if (input is null || (input.QuestionId is null) == string.IsNullOrWhiteSpace(input.Tag))
            {
                errors.Add(field, "Each entry names either a questionId or a tag to draw from.");
                continue;
            }
            if (input.QuestionId is { } questionId)
            {
                if (!owned.Contains(questionId))
                {
                    errors.Add($"{field}.questionId", "No question with this id is in your bank.");
                }
                else if (fixedIds.Count(id => id == questionId) > 1)
                {
                    errors.Add($"{field}.questionId", "A question appears in a quiz once.");
                }
                slots.Add(new QuizSlot(questionId, null, 1));
                continue;
            }
            var tag = input.Tag!.Trim().ToLowerInvariant();
            if (input.Count is < 1 or > MaxDraw)
            {
                errors.Add($"{field}.count", $"A draw takes 1 to {MaxDraw} questions.");
                continue;
            }
            var available = await db.QuestionTags.CountAsync(
                t => t.Tag == tag && !fixedIds.Contains(t.QuestionId) && db.Questions.Any(q => q.Id == t.QuestionId && q.OwnerId == ownerId),
                cancellationToken);
            var drawnBefore = slots.Where(s => s.Tag == tag).Sum(s => s.Count);
            if (available < drawnBefore + input.Count)
            {
                errors.Add($"{field}.count", $"Your bank has {available} questions tagged '{tag}' besides the fixed ones; the draws ask for {drawnBefore + input.Count}.");
            }
            slots.Add(new QuizSlot(null, tag, input.Count));
        }
        if (slots.Sum(s => s.Count) > Quiz.MaxQuestions)
        {
            errors.Add("questions", $"A quiz has at most {Quiz.MaxQuestions} questions.");
        }
        return slots;
    }
}
