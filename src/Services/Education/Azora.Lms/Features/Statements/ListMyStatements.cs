using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Azora.Lms.Data;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Statements;

/// <summary>One page of xAPI statements, newest first; each item is the statement's xAPI JSON as it was published.</summary>
internal sealed record StatementPage(IReadOnlyList<JsonElement> Statements, string? More);

/// <summary>The caller's own learning record as xAPI statements (enrolled, lessons completed, quizzes passed or failed, courses completed).</summary>
internal static class ListMyStatements
{
    public static void Map(IEndpointRouteBuilder me) =>
        me.MapGet("/statements", HandleAsync)
            .WithName("ListMyStatements")
            .WithSummary("List the signed-in learner's xAPI statements, newest first; `more` is the cursor of the next page.");

    private static async Task<Results<Ok<StatementPage>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        string? limit,
        string? cursor,
        ClaimsPrincipal caller,
        LmsDbContext db,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }
        var errors = new Dictionary<string, string[]>();
        var pageLimit = PageQuery.ReadLimit(limit, errors);
        var after = PageQuery.ReadTextCursor(cursor, errors) is { } text ? ReadSequence(text, errors) : null;
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Statements.AsNoTracking().Where(s => s.LearnerId == learnerId);
        if (after is { } last)
        {
            query = query.Where(s => s.Sequence < last);
        }
        var found = await query.OrderByDescending(s => s.Sequence).Take(pageLimit + 1).ToListAsync(cancellationToken);
        var page = found.Take(pageLimit).ToList();
        var statements = page.Select(s => JsonDocument.Parse(s.Json).RootElement.Clone()).ToList();
        var more = found.Count > pageLimit ? PageQuery.CursorOf(page[^1].Sequence.ToString(CultureInfo.InvariantCulture)) : null;
        return TypedResults.Ok(new StatementPage(statements, more));
    }

    private static long? ReadSequence(string text, Dictionary<string, string[]> errors)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return sequence;
        }
        errors["cursor"] = ["The cursor is not one this endpoint handed out."];
        return null;
    }
}
