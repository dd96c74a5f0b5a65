using Azora.Pricing.Domain;

namespace Azora.Pricing.Features.Coupons;

internal sealed record CouponResponse(
    Guid Id, string Code, decimal? PercentOff, IReadOnlyList<CouponAmountResponse> AmountsOff, string Duration, int? DurationPeriods,
    DateTimeOffset? ExpiresAt, int? MaxRedemptions, int? MaxRedemptionsPerCustomer, int TimesRedeemed, IReadOnlyList<Guid> AppliesTo,
    bool Archived, DateTimeOffset CreatedAt)
{
    public static CouponResponse From(Coupon coupon) => new(
        coupon.Id, coupon.Code, coupon.PercentOffBasisPoints / 100m,
        [.. coupon.AmountsOff.OrderBy(a => a.Currency, StringComparer.Ordinal).Select(a => new CouponAmountResponse(a.Currency, a.Amount))],
        CouponDurations.Name(coupon.Duration), coupon.DurationPeriods, coupon.ExpiresAt, coupon.MaxRedemptions, coupon.MaxRedemptionsPerCustomer,
        coupon.TimesRedeemed, [.. coupon.Targets.Select(t => t.TargetId)], coupon.Archived, coupon.CreatedAt);
}

internal sealed record CouponAmountResponse(string Currency, long Amount);

internal static class CouponDurations
{
    public static readonly IReadOnlyDictionary<string, CouponDuration> Names = new Dictionary<string, CouponDuration>(StringComparer.Ordinal)
    {
        ["once"] = CouponDuration.Once,
        ["repeating"] = CouponDuration.Repeating,
        ["forever"] = CouponDuration.Forever,
    };

    public static string Name(CouponDuration duration) => Names.Single(pair => pair.Value == duration).Key;
}
