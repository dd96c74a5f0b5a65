using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Assessment.Features.Quizzes;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Statistics;

/// <summary>
/// Item analysis of a quiz as Moodle computes it, over each learner's first attempt once graded (later attempts build
/// on the first and break the statistics' assumptions). Items are the quiz's positions.
/// </summary>
internal static class GetStatistics
{
    public static void Map(IEndpointRouteBuilder quizzes) =>
        quizzes.MapGet("/{id:guid}/statistics", HandleAsync)
            .WithName("GetQuizStatistics")
            .WithSummary("Item analysis of a quiz you own: facility index, standard deviation, discrimination index and efficiency per question, Cronbach's alpha.");

    private static async Task<Results<Ok<QuizStatistics>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var quiz = await QuizAccess.FindOwnedAsync(db, caller, callerId, id, toChange: false, cancellationToken);
        if (quiz is null)
        {
            return AssessmentProblems.NotFound("quiz");
        }
        var firstAttempts = await db.Attempts.AsNoTracking().Include(a => a.Items)
            .Where(a => a.QuizId == id && a.Number == 1 && a.State == AttemptState.Graded)
            .ToListAsync(cancellationToken);
        var positions = quiz.Slots.Sum(s => s.Count);
        var maxScores = Enumerable.Range(1, positions)
            .Select(p => (double)firstAttempts.SelectMany(a => a.Items).Where(i => i.Position == p).Select(i => i.Points).DefaultIfEmpty(0).Max())
            .ToList();
        var scores = firstAttempts
            .Select(a => (IReadOnlyList<double>)[.. Enumerable.Range(1, positions).Select(p => (double)(a.Items.Single(i => i.Position == p).Score ?? 0))])
            .ToList();
        return TypedResults.Ok(ItemAnalysis.Analyse(maxScores, scores));
    }
}
