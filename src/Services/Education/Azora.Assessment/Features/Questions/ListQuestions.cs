using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Questions;

internal sealed record QuestionPage(IReadOnlyList<QuestionResponse> Items, string? NextCursor);

/// <summary>The caller's own bank, newest first, optionally one tag; nobody else's questions appear.</summary>
internal static class ListQuestions
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapGet("/", HandleAsync)
            .WithName("ListQuestions")
            .WithSummary("List the signed-in instructor's questions (latest versions), newest first, optionally with one tag.");

    private static async Task<Results<Ok<QuestionPage>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        string? tag,
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

        var query = db.Questions.AsNoTracking().Include(q => q.Versions).Include(q => q.Tags).AsSplitQuery().Where(q => q.OwnerId == ownerId);
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var wanted = tag.Trim().ToLowerInvariant();
            query = query.Where(q => q.Tags.Any(t => t.Tag == wanted));
        }
        // A question created under an Idempotency-Key has an id derived from the key, so the list pages by creation time.
        var questions = await query.NewestFirstAfter(page.After).Take(page.Limit + 1).ToListAsync(cancellationToken);

        var shown = questions.Take(page.Limit).ToList();
        var items = shown.Select(q => QuestionResponse.From(q, q.Latest)).ToList();
        var next = questions.Count > page.Limit ? PageQuery.CursorOf(new CreationPosition(shown[^1].CreatedAt, shown[^1].Id)) : null;
        return TypedResults.Ok(new QuestionPage(items, next));
    }
}
