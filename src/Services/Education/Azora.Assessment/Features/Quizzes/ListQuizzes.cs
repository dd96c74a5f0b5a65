using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Quizzes;

internal sealed record QuizPage(IReadOnlyList<QuizResponse> Items, string? NextCursor);

/// <summary>The quizzes the caller owns, newest first, a page at a time.</summary>
internal static class ListQuizzes
{
    public static void Map(IEndpointRouteBuilder quizzes) =>
        quizzes.MapGet("/", HandleAsync)
            .WithName("ListQuizzes")
            .WithSummary("List the quizzes the signed-in instructor owns, newest first, with cursor pagination.");

    private static async Task<Results<Ok<QuizPage>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        string? limit,
        string? cursor,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var ownerId))
        {
            return TypedResults.Forbid();
        }
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Quizzes.AsNoTracking().Where(q => q.OwnerId == ownerId);
        if (page.After is { } after)
        {
            query = query.Where(q => q.Id.CompareTo(after) < 0);
        }
        var quizzes = await query.OrderByDescending(q => q.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);

        var items = quizzes.Take(page.Limit).Select(q => QuizResponse.From(q, forOwner: true)).ToList();
        var next = quizzes.Count > page.Limit ? PageQuery.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new QuizPage(items, next));
    }
}
