using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Features;

/// <summary>Who may author an item: its owner, a co-owner, or a platform-admin. Everyone else is told it does not exist.</summary>
internal static class ItemAccess
{
    public static bool CanAuthor(this ClaimsPrincipal caller, Guid callerId, ContentItem item) =>
        item.IsAuthor(callerId) || caller.IsInRole(Roles.PlatformAdmin);

    /// <summary>Only the owner (or a platform-admin) decides who else authors an item.</summary>
    public static bool CanManageCoOwners(this ClaimsPrincipal caller, Guid callerId, ContentItem item) =>
        item.OwnerId == callerId || caller.IsInRole(Roles.PlatformAdmin);

    /// <summary>The item with its versions, tags and co-owners, tracked for changes, when the caller may author it; otherwise null.</summary>
    public static async Task<ContentItem?> FindAuthoredAsync(ContentDbContext db, ClaimsPrincipal caller, Guid callerId, Guid id, CancellationToken cancellationToken)
    {
        var item = await db.Items
            .Include(i => i.Versions)
            .Include(i => i.Tags)
            .Include(i => i.CoOwners)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return item is not null && caller.CanAuthor(callerId, item) ? item : null;
    }
}
