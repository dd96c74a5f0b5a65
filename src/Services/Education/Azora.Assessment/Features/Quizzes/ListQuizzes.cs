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
        var page = CreationPageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // A quiz created under an Idempotency-Key has an id derived from the key, so the list pages by creation time.
        var quizzes = await db.Quizzes.AsNoTracking().Where(q => q.OwnerId == ownerId)
            .NewestFirstAfter(page.After).Take(page.Limit + 1).ToListAsync(cancellationToken);

        var shown = quizzes.Take(page.Limit).ToList();
        var items = shown.Select(q => QuizResponse.From(q, forOwner: true)).ToList();
        var next = quizzes.Count > page.Limit ? PageQuery.CursorOf(new CreationPosition(shown[^1].CreatedAt, shown[^1].Id)) : null;
        return TypedResults.Ok(new QuizPage(items, next));
    }
}
