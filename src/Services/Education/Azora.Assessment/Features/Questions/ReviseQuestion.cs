using Azora.ServiceDefaults.Persistence;
using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Assessment.Features.Questions;

/// <summary>
/// The owner edits a question: the edit becomes the next version, and the versions attempts were given stay as they were
/// (regrade them with <c>POST /api/quizzes/{id}/regrade</c>).
/// </summary>
internal static class ReviseQuestion
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPut("/{id:guid}", HandleAsync)
            .WithName("ReviseQuestion")
            .WithSummary("Edit a question: saves it as a new immutable version; earlier versions are kept.");

    private static async Task<Results<Ok<QuestionResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        QuestionRequest request,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var question = await QuestionAccess.FindAsync(db, caller, callerId, id, toEdit: true, cancellationToken);
        if (question is null)
        {
            return AssessmentProblems.NotFound("question");
        }
        var errors = new FieldErrors();
        var content = QuestionContentReader.Read(request, errors);
        if (content is null)
        {
            return AssessmentProblems.Fields(errors);
        }

        var version = question.Revise(content, clock.GetUtcNow());
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return AssessmentProblems.ChangedMeanwhile();
        }
        return TypedResults.Ok(QuestionResponse.From(question, version));
    }
}
