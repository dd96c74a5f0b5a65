using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Features.Questions;
using Azora.Assessment.Qti;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Assessment.Features.Qti;

/// <summary>A question's latest version as a QTI 3.0 assessment item (XML), for its owner or a platform-admin.</summary>
internal static class ExportQti
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapGet("/{id:guid}/qti", HandleAsync)
            .WithName("ExportQuestionQti")
            .WithSummary("Export a choice, short answer (exact patterns), matching or ordering question as a QTI 3.0 item.")
            .Produces<string>(StatusCodes.Status200OK, "application/xml");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        CancellationToken cancellationToken)
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
        var latest = question.Latest;
        if (!QtiItemWriter.CanExport(latest))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "This question has no QTI form here.",
                detail: "Single and multiple choice, short answer with exact patterns, matching and ordering questions are exported.");
        }
        var document = QtiItemWriter.Write(question.Id, latest);
        return TypedResults.Text(document.Declaration + Environment.NewLine + document.Root, "application/xml", System.Text.Encoding.UTF8);
    }
}
