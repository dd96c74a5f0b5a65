using Azora.ServiceDefaults.Persistence;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Assessment.Features.Attempts;

internal sealed record SaveAnswersRequest([Required, MinLength(1), MaxLength(Quiz.MaxQuestions)] IReadOnlyList<AnswerInput> Answers);

/// <summary>The response to the question at <see cref="Position"/> (1-based); only the field of its type is read.</summary>
internal sealed record AnswerInput(
    int Position,
    IReadOnlyList<string>? Choices = null,
    bool? Value = null,
    decimal? Number = null,
    string? Unit = null,
    string? Text = null,
    IReadOnlyDictionary<string, string>? Matches = null,
    IReadOnlyList<string>? Order = null);

/// <summary>
/// Autosave: the learner's responses replace what was saved for those questions. Saving the same body again leaves the
/// same state. Refused once the attempt is submitted or past its deadline plus grace, so a late save never counts.
/// </summary>
internal static class SaveAnswers
{
    public static void Map(IEndpointRouteBuilder attempts) =>
        attempts.MapPut("/{id:guid}/answers", HandleAsync)
            .WithName("SaveAnswers")
            .WithSummary("Save responses to some or all questions of your open attempt (idempotent autosave).");

    private static async Task<Results<Ok<AttemptResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        SaveAnswersRequest request,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        QuestionVersionCache versions,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var loaded = await AttemptAccess.FindAsync(db, versions, caller, callerId, id, AttemptRole.Learner, cancellationToken);
        if (loaded is null)
        {
            return AssessmentProblems.NotFound("attempt");
        }
        var now = clock.GetUtcNow();
        if (AttemptRules.RefuseChange(loaded.Attempt, now) is { } refused)
        {
            return refused;
        }
        var errors = new FieldErrors();
        var responses = AnswerReader.Read(request.Answers, loaded, errors);
        if (errors.Any)
        {
            return AssessmentProblems.Fields(errors);
        }

        foreach (var (position, response) in responses)
        {
            loaded.Attempt.SaveAnswer(position, response, now);
        }
        db.Touch(loaded.Attempt);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return AssessmentProblems.ChangedMeanwhile();
        }
        return TypedResults.Ok(loaded.Response(now));
    }
}

/// <summary>Why an attempt takes no more answers or submission, as a 409 problem; null while it is open.</summary>
internal static class AttemptRules
{
    public static ProblemHttpResult? RefuseChange(Attempt attempt, DateTimeOffset now)
    {
        if (attempt.State != AttemptState.InProgress)
        {
            return AssessmentProblems.Conflict("The attempt is already submitted.");
        }
        return attempt.IsOpen(now)
            ? null
            : AssessmentProblems.Conflict("The attempt's time is up.", $"Answers were accepted until {attempt.AcceptsUntil:O} (the deadline plus the grace period).");
    }
}
