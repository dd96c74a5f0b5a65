using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Notes;

/// <summary>The caller's own notes, newest first, a page at a time; nobody else's notes ever appear.</summary>
internal static class ListNotes
{
    public static void Map(IEndpointRouteBuilder notes) =>
        notes.MapGet("/", HandleAsync)
            .WithName("ListNotes")
            .WithSummary("List the signed-in user's notes, newest first, with cursor pagination.");

    private static async Task<Results<Ok<NotePage>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        string? limit,
        string? cursor,
        ClaimsPrincipal caller,
        PricingDbContext db,
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

        // Version 7 ids grow with time, so ordering by id is ordering by creation, and the id is a stable keyset cursor.
        var query = db.Notes.AsNoTracking().Where(n => n.OwnerId == ownerId);
        if (page.After is { } after)
        {
            query = query.Where(n => n.Id.CompareTo(after) < 0);
        }
        var notes = await query.OrderByDescending(n => n.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);

        var items = notes.Take(page.Limit).Select(NoteResponse.From).ToList();
        var next = notes.Count > page.Limit ? PageQuery.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new NotePage(items, next));
    }
}
