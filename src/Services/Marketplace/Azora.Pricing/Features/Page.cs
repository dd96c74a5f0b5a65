using Azora.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features;

/// <summary>One page of a list, oldest first; <see cref="NextCursor"/> asks for the page after it and is null on the last.</summary>
internal sealed record Page<TItem>(IReadOnlyList<TItem> Items, string? NextCursor)
{
    /// <summary>
    /// Reads the page of <paramref name="query"/> after the request's cursor. Version 7 ids grow with time, so ordering by
    /// id is ordering by creation, and the last id shown is a stable keyset cursor.
    /// </summary>
    public static async Task<Page<TItem>> ReadAsync<TEntity>(
        IQueryable<TEntity> query, PageRequest page, Func<TEntity, Guid> idOf, Func<TEntity, TItem> toItem, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (page.After is { } after)
        {
            query = query.Where(e => EF.Property<Guid>(e, "Id").CompareTo(after) > 0);
        }
        var rows = await query.OrderBy(e => EF.Property<Guid>(e, "Id")).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var shown = rows.Take(page.Limit).ToList();
        var next = rows.Count > page.Limit ? PageQuery.CursorOf(idOf(shown[^1])) : null;
        return new Page<TItem>([.. shown.Select(toItem)], next);
    }

    /// <summary>
    /// Reads the page of <paramref name="query"/> after the request's cursor in creation order: by the entity's
    /// <c>CreatedAt</c>, then its id. For entities whose id may be derived from an Idempotency-Key rather than grow with time.
    /// </summary>
    public static async Task<Page<TItem>> ReadInCreationOrderAsync<TEntity>(
        IQueryable<TEntity> query, CreationPageRequest page, Func<TEntity, CreationPosition> positionOf, Func<TEntity, TItem> toItem, CancellationToken cancellationToken)
        where TEntity : class
    {
        var rows = await query.OldestFirstAfter(page.After).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var shown = rows.Take(page.Limit).ToList();
        var next = rows.Count > page.Limit ? PageQuery.CursorOf(positionOf(shown[^1])) : null;
        return new Page<TItem>([.. shown.Select(toItem)], next);
    }
}
