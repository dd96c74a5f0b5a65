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

namespace Azora.Assessment.Features.Questions;

/// <summary>
/// An instructor adds a question to their bank; it starts at version 1. A retry with the same <c>Idempotency-Key</c> adds
/// nothing: the key names the question, so a run repeated after a takeover answers with the question it added.
/// </summary>
internal static class CreateQuestion
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPost("/", HandleAsync)
            .AcceptIdempotencyKey<AssessmentDbContext>()
            .WithName("CreateQuestion")
            .WithSummary("Add a question (any of the eight types) to the signed-in instructor's bank.");

    private static async Task<Results<Created<QuestionResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        QuestionRequest request,
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
        var questionId = http.IdempotentRequest()?.IdFor("azora-assessment.question");
        if (questionId is { } earlierId
            && await QuestionAccess.FindAsync(db, caller, ownerId, earlierId, toEdit: true, cancellationToken) is { } earlier)
        {
            return TypedResults.Created($"/api/questions/{earlier.Id}", QuestionResponse.From(earlier, earlier.Latest));
        }
        var errors = new FieldErrors();
        var content = QuestionContentReader.Read(request, errors);
        if (content is null)
        {
            return AssessmentProblems.Fields(errors);
        }

        var question = Question.Create(ownerId, content, clock.GetUtcNow(), questionId);
        db.Questions.Add(question);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return AssessmentProblems.ChangedMeanwhile();
        }
        return TypedResults.Created($"/api/questions/{question.Id}", QuestionResponse.From(question, question.Latest));
    }
}
