using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.ServiceDefaults.Security;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Features.Items;

/// <summary>The items the caller owns or co-owns, newest first, optionally only those with a tag or of a kind.</summary>
internal static class ListItems
{
    public static void Map(IEndpointRouteBuilder items) =>
        items.MapGet("/", HandleAsync)
            .WithName("ListItems")
            .WithSummary("List the items the signed-in author owns or co-owns, newest first, filtered by ?tag= and ?kind=, with cursor pagination.");

    private static async Task<Results<Ok<ItemPage>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        string? tag,
        string? kind,
        string? limit,
        string? cursor,
        ClaimsPrincipal caller,
        ContentDbContext db,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var ownerId))
        {
            return TypedResults.Forbid();
        }
        var query = db.Items.AsNoTracking().Where(i => i.OwnerId == ownerId || i.CoOwners.Any(c => c.AccountId == ownerId));
        var errors = ItemFilters.Apply(ref query, tag, kind);
        var page = PageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(await ItemFilters.PageAsync(query, page, cancellationToken));
    }
}

/// <summary>The tag and kind filters and the keyset paging that item lists share.</summary>
internal static class ItemFilters
{
    public static Dictionary<string, string[]> Apply(ref IQueryable<ContentItem> query, string? tag, string? kind)
    {
        var errors = new Dictionary<string, string[]>();
        if (tag is not null)
        {
            var names = ItemTag.Normalize([tag], out var problem);
            if (names is null)
            {
                errors["tag"] = [problem!];
            }
            else
            {
                var name = names[0];
                query = query.Where(i => i.Tags.Any(t => t.Name == name));
            }
        }
        if (kind is not null)
        {
            if (WireNames.KindOf(kind) is { } wanted)
            {
                query = query.Where(i => i.Kind == wanted);
            }
            else
            {
                errors["kind"] = ["The kind is lesson or component."];
            }
        }
        return errors;
    }

    public static async Task<ItemPage> PageAsync(IQueryable<ContentItem> query, PageRequest page, CancellationToken cancellationToken)
    {
        // Version 7 ids grow with time, so ordering by id is ordering by creation, and the id is a stable keyset cursor.
        if (page.After is { } after)
        {
            query = query.Where(i => i.Id.CompareTo(after) < 0);
        }
        var items = await query.Include(i => i.Tags).Include(i => i.CoOwners).AsSplitQuery().OrderByDescending(i => i.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var shown = items.Take(page.Limit).Select(ItemSummary.From).ToList();
        var next = items.Count > page.Limit ? PageQuery.CursorOf(shown[^1].Id) : null;
        return new ItemPage(shown, next);
    }
}
