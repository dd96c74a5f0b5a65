namespace Azora.Pricing.Domain;

/// <summary>
/// One use of a coupon by a customer for one thing bought (a quote checked out, a subscription started). The reference
/// is unique per coupon, so a retried checkout redeems once; the customer's ordinal is unique per coupon too, so two
/// concurrent redemptions by the same customer cannot both take the last of their allowance.
/// </summary>
internal sealed class CouponRedemption
{
    private CouponRedemption()
    {
    }

    public Guid Id { get; private set; }
    public Guid CouponId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid Reference { get; private set; }
    public int CustomerOrdinal { get; private set; }
    public DateTimeOffset RedeemedAt { get; private set; }

    public static CouponRedemption Record(Guid couponId, Guid customerId, Guid reference, int customerOrdinal, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CouponId = couponId,
        CustomerId = customerId,
        Reference = reference,
        CustomerOrdinal = customerOrdinal,
        RedeemedAt = now,
    };
}
