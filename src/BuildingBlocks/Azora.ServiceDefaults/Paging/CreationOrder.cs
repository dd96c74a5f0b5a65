using Microsoft.EntityFrameworkCore;

namespace Azora.ServiceDefaults.Paging;

/// <summary>
/// Keyset paging in creation order over entities with a <c>CreatedAt</c> instant and an <c>Id</c>: ordered by the
/// instant, then the id, and resumed after a <see cref="CreationPosition"/>. The entity's mapped columns are named, so
/// the database sorts and filters on its index of (owner, CreatedAt, Id).
/// </summary>
public static class CreationOrder
{
    /// <summary>The items created after <paramref name="after"/> (all when null), oldest first.</summary>
    public static IQueryable<T> OldestFirstAfter<T>(this IQueryable<T> query, CreationPosition? after) where T : class
    {
        if (after is { } position)
        {
            query = query.Where(e => EF.Property<DateTimeOffset>(e, "CreatedAt") > position.CreatedAt
                || (EF.Property<DateTimeOffset>(e, "CreatedAt") == position.CreatedAt && EF.Property<Guid>(e, "Id").CompareTo(position.Id) > 0));
        }
        return query.OrderBy(e => EF.Property<DateTimeOffset>(e, "CreatedAt")).ThenBy(e => EF.Property<Guid>(e, "Id"));
    }

    /// <summary>The items created before <paramref name="after"/> (all when null), newest first.</summary>
    public static IQueryable<T> NewestFirstAfter<T>(this IQueryable<T> query, CreationPosition? after) where T : class
    {
        if (after is { } position)
        {
            query = query.Where(e => EF.Property<DateTimeOffset>(e, "CreatedAt") < position.CreatedAt
                || (EF.Property<DateTimeOffset>(e, "CreatedAt") == position.CreatedAt && EF.Property<Guid>(e, "Id").CompareTo(position.Id) < 0));
        }
        return query.OrderByDescending(e => EF.Property<DateTimeOffset>(e, "CreatedAt")).ThenByDescending(e => EF.Property<Guid>(e, "Id"));
    }
}
