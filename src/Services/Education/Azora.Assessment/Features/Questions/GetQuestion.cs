using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Assessment.Features.Questions;

/// <summary>A question's latest version, or any earlier one, for its owner or a platform-admin.</summary>
internal static class GetQuestion
{
    public static void Map(IEndpointRouteBuilder questions)
    {
        questions.MapGet("/{id:guid}", GetLatestAsync)
            .WithName("GetQuestion")
            .WithSummary("Read the latest version of a question, answer key included.");
        questions.MapGet("/{id:guid}/versions/{number:int}", GetVersionAsync)
            .WithName("GetQuestionVersion")
            .WithSummary("Read one version of a question, as attempts that were given it saw it.");
    }

    private static Task<Results<Ok<QuestionResponse>, ProblemHttpResult, ForbidHttpResult>> GetLatestAsync(
        Guid id, ClaimsPrincipal caller, AssessmentDbContext db, CancellationToken cancellationToken) =>
        ReadAsync(id, null, caller, db, cancellationToken);

    private static Task<Results<Ok<QuestionResponse>, ProblemHttpResult, ForbidHttpResult>> GetVersionAsync(
        Guid id, int number, ClaimsPrincipal caller, AssessmentDbContext db, CancellationToken cancellationToken) =>
        ReadAsync(id, number, caller, db, cancellationToken);

    private static async Task<Results<Ok<QuestionResponse>, ProblemHttpResult, ForbidHttpResult>> ReadAsync(
        Guid id, int? number, ClaimsPrincipal caller, AssessmentDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var question = await QuestionAccess.FindAsync(db, caller, callerId, id, toEdit: false, cancellationToken);
        if (question is null)
        {
            return AssessmentProblems.NotFound("question");
        }
        var version = question.Versions.SingleOrDefault(v => v.Number == (number ?? question.LatestVersionNumber));
        return version is null
            ? AssessmentProblems.NotFound("question version")
            : TypedResults.Ok(QuestionResponse.From(question, version));
    }
}
