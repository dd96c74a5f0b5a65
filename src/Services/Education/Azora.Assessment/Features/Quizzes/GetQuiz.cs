using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Quizzes;

/// <summary>A quiz's settings, for anyone signed in who may take it; its owner also sees which questions it holds.</summary>
internal static class GetQuiz
{
    public static void Map(IEndpointRouteBuilder quizzes) =>
        quizzes.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetQuiz")
            .WithSummary("Read a quiz's settings (time limit, attempts, pass mark); its owner also sees its questions and draws.");

    private static async Task<Results<Ok<QuizResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var quiz = await db.Quizzes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        return quiz is null
            ? AssessmentProblems.NotFound("quiz")
            : TypedResults.Ok(QuizResponse.From(quiz, caller.Owns(callerId, quiz)));
    }
}
