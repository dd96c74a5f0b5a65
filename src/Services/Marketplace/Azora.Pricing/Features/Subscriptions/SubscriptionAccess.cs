using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.Pricing.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Subscriptions;

/// <summary>
/// A subscription as its customer, a platform-admin or a pricing service sees it, brought up to now: any period that
/// has begun is charged (and a downgrade or cancellation due at its start applies) before it is shown or changed.
/// </summary>
internal static class SubscriptionAccess
{
    public static bool MayManage(this ClaimsPrincipal caller, Subscription subscription) =>
        caller.IsPlatformAdmin() || caller.IsPricingService()
        || (caller.TryGetAccountId(out var accountId) && accountId == subscription.CustomerId);

    /// <summary>The subscription caught up to now (its new charges not yet saved), or null when it is not the caller's to see.</summary>
    public static async Task<Subscription?> LoadCurrentAsync(
        PricingDbContext db, ClaimsPrincipal caller, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null || !caller.MayManage(subscription))
        {
            return null;
        }
        subscription.CatchUp(now);
        return subscription;
    }
}
