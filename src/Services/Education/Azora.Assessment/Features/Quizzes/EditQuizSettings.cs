using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Assessment.Features.Quizzes;

/// <param name="FeedbackMode">immediate, afterGrading or afterClose (which needs <c>closesAt</c>).</param>
internal sealed record QuizSettingsRequest(
    [Required, StringLength(Quiz.TitleMaxLength)] string Title,
    [Range(0, 100, ErrorMessage = "The pass mark is a percentage from 0 to 100.")] decimal PassMarkPercent = 50,
    [Range(1, 10_080, ErrorMessage = "The time limit is 1 to 10080 minutes.")] int? TimeLimitMinutes = null,
    [Range(0, 3_600, ErrorMessage = "The grace period is 0 to 3600 seconds.")] int GraceSeconds = 60,
    [Range(1, 100, ErrorMessage = "The attempt limit is 1 to 100.")] int? MaxAttempts = null,
    [RegularExpression("^(immediate|afterGrading|afterClose)$", ErrorMessage = "The feedback mode is immediate, afterGrading or afterClose.")] string FeedbackMode = "immediate",
    DateTimeOffset? ClosesAt = null);

/// <summary>
/// The quiz's owner changes its settings (title, pass mark, time limit and grace, attempt limit, feedback mode, close
/// date); its questions stay. Attempts already started keep their deadline.
/// </summary>
internal static class EditQuizSettings
{
    public static void Map(IEndpointRouteBuilder quizzes) =>
        quizzes.MapPut("/{id:guid}/settings", HandleAsync)
            .WithName("EditQuizSettings")
            .WithSummary("Change a quiz's title, pass mark, time limit, grace, attempt limit, feedback mode and close date (its owner only).");

    private static async Task<Results<Ok<QuizResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        QuizSettingsRequest request,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var quiz = await QuizAccess.FindOwnedAsync(db, caller, callerId, id, toChange: true, cancellationToken);
        if (quiz is null)
        {
            return AssessmentProblems.NotFound("quiz");
        }
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            errors.Add("title", "The title must not be blank.");
        }
        var closesAt = request.ClosesAt?.ToUniversalTime();
        if (closesAt is { } closes && closes != quiz.ClosesAt && closes <= clock.GetUtcNow())
        {
            errors.Add("closesAt", "The close date is in the future.");
        }
        var mode = Enum.Parse<FeedbackMode>(request.FeedbackMode, ignoreCase: true);
        if (mode == FeedbackMode.AfterClose && closesAt is null)
        {
            errors.Add("feedbackMode", "Feedback after the quiz closes needs a close date (closesAt).");
        }
        if (errors.Any)
        {
            return AssessmentProblems.Fields(errors);
        }

        quiz.ChangeSettings(request.Title, request.PassMarkPercent, request.TimeLimitMinutes, request.GraceSeconds, request.MaxAttempts, mode, closesAt);
        return await db.TrySaveAsync(cancellationToken)
            ? TypedResults.Ok(QuizResponse.From(quiz, forOwner: true))
            : AssessmentProblems.ChangedMeanwhile();
    }
}
