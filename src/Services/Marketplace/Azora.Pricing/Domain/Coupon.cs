namespace Azora.Pricing.Domain;

internal enum CouponDuration
{
    /// <summary>The first charge only (a quote, or a subscription's first period).</summary>
    Once,

    /// <summary>A subscription's first <see cref="Coupon.DurationPeriods"/> periods.</summary>
    Repeating,

    /// <summary>Every charge for as long as the subscription lasts.</summary>
    Forever,
}

/// <summary>
/// A discount code: a percentage off, or a fixed amount off in each currency it names. It may be limited to some products
/// and plans, expire, and be redeemed only so often in all and per customer. <see cref="TimesRedeemed"/> only ever
/// changes through a conditional update, so concurrent redemptions never go past <see cref="MaxRedemptions"/>.
/// </summary>
internal sealed class Coupon
{
    public const int CodeMaxLength = 40;
    public const int MaxBasisPoints = 10_000;

    private Coupon()
    {
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public int? PercentOffBasisPoints { get; private set; }
    public List<CouponAmount> AmountsOff { get; private set; } = [];
    public CouponDuration Duration { get; private set; }
    public int? DurationPeriods { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public int? MaxRedemptions { get; private set; }
    public int? MaxRedemptionsPerCustomer { get; private set; }
    public int TimesRedeemed { get; private set; }
    public List<CouponTarget> Targets { get; private set; } = [];
    public bool Archived { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Coupon Create(string code, CouponDiscount discount, CouponLimits limits, IEnumerable<CouponTarget> targets, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Code = code,
        PercentOffBasisPoints = discount.PercentOffBasisPoints,
        AmountsOff = [.. discount.AmountsOff],
        Duration = limits.Duration,
        DurationPeriods = limits.Duration == CouponDuration.Repeating ? limits.DurationPeriods : null,
        ExpiresAt = limits.ExpiresAt,
        MaxRedemptions = limits.MaxRedemptions,
        MaxRedemptionsPerCustomer = limits.MaxRedemptionsPerCustomer,
        Targets = [.. targets],
        CreatedAt = now,
    };

    public void Archive() => Archived = true;

    /// <summary>Why the coupon cannot be used at <paramref name="now"/>, or null when it can.</summary>
    public string? RefusalAt(DateTimeOffset now) =>
        Archived ? "The coupon has been withdrawn."
        : ExpiresAt <= now ? "The coupon has expired."
        : MaxRedemptions <= TimesRedeemed ? "The coupon has been redeemed as often as it may be."
        : null;

    public bool AppliesTo(Guid productOrPlanId) => Targets.Count == 0 || Targets.Any(t => t.TargetId == productOrPlanId);

    /// <summary>The fixed amount off in <paramref name="currency"/>, or null for a percentage coupon; zero when it names no amount for the currency.</summary>
    public long? AmountOffIn(string currency) =>
        PercentOffBasisPoints is null ? AmountsOff.FirstOrDefault(a => a.Currency == currency)?.Amount ?? 0 : null;

    /// <summary>How many periods of a subscription the discount lasts; null for ever.</summary>
    public int? PeriodsCovered => Duration switch
    {
        CouponDuration.Once => 1,
        CouponDuration.Repeating => DurationPeriods,
        _ => null,
    };
}

/// <summary>What a coupon takes off: a percentage in basis points, or fixed amounts per currency (exactly one of them).</summary>
internal sealed record CouponDiscount(int? PercentOffBasisPoints, IReadOnlyList<CouponAmount> AmountsOff);

internal sealed record CouponLimits(CouponDuration Duration, int? DurationPeriods, DateTimeOffset? ExpiresAt, int? MaxRedemptions, int? MaxRedemptionsPerCustomer);

/// <summary>A fixed amount off in one currency, in minor units.</summary>
internal sealed record CouponAmount(string Currency, long Amount);

/// <summary>A product or plan the coupon is limited to; a coupon with none applies to everything.</summary>
internal sealed record CouponTarget(Guid TargetId);
