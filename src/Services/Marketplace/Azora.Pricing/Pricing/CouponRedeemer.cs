using Azora.Pricing.Data;
using Azora.Pricing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Pricing;

/// <summary>
/// Finds coupons by code for a customer, and redeems them. A redemption runs inside the caller's transaction: the
/// coupon's counter is raised by one conditional update (only while it is under its limit, unexpired and not archived),
/// which also takes the coupon's lock (the database write lock on SQLite, the row lock on PostgreSQL), so the
/// per-customer count read after it sees every redemption committed before. The unique keys on a redemption (one per
/// coupon and reference, one per coupon, customer and ordinal) refuse whatever slips past.
/// </summary>
internal sealed class CouponRedeemer(PricingDbContext db)
{
    /// <summary>The coupon with <paramref name="code"/> as usable now by the customer, or null with the reason it is not.</summary>
    public async Task<(Coupon? Coupon, string? Refusal)> FindUsableAsync(string code, Guid? customerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var coupon = await db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Code == normalized, cancellationToken);
        if (coupon is null)
        {
            return (null, "No coupon has this code.");
        }
        if (coupon.RefusalAt(now) is { } refusal)
        {
            return (null, refusal);
        }
        if (customerId is not { } customer)
        {
            return (null, "A coupon is applied for a customer: name the customerId.");
        }
        if (coupon.MaxRedemptionsPerCustomer is { } perCustomer
            && await db.CouponRedemptions.CountAsync(r => r.CouponId == coupon.Id && r.CustomerId == customer, cancellationToken) >= perCustomer)
        {
            return (null, "The customer has redeemed this coupon as often as they may.");
        }
        return (coupon, null);
    }

    /// <summary>Redeems once for <paramref name="reference"/>; null when redeemed, the reason otherwise (then roll the transaction back).</summary>
    public async Task<string?> RedeemAsync(Guid couponId, Guid customerId, Guid reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var taken = await db.Coupons
            .Where(c => c.Id == couponId && !c.Archived && (c.ExpiresAt == null || c.ExpiresAt > now)
                && (c.MaxRedemptions == null || c.TimesRedeemed < c.MaxRedemptions))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.TimesRedeemed, c => c.TimesRedeemed + 1), cancellationToken);
        if (taken == 0)
        {
            return "The coupon has expired, been withdrawn or been redeemed as often as it may.";
        }
        var coupon = await db.Coupons.AsNoTracking().SingleAsync(c => c.Id == couponId, cancellationToken);
        var used = await db.CouponRedemptions.CountAsync(r => r.CouponId == couponId && r.CustomerId == customerId, cancellationToken);
        if (coupon.MaxRedemptionsPerCustomer <= used)
        {
            return "The customer has redeemed this coupon as often as they may.";
        }
        db.CouponRedemptions.Add(CouponRedemption.Record(couponId, customerId, reference, used + 1, now));
        return null;
    }
}
