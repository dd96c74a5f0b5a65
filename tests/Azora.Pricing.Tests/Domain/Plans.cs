using Azora.Pricing.Domain;

namespace Azora.Pricing.Tests.Domain;

/// <summary>Plans and coupons built directly for the domain tests, in a ZAR book priced in South Africa.</summary>
internal static class Plans
{
    public static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static PriceBook Book(bool taxInclusive = false, bool regional = true, int floorBasisPoints = 3000, PriceRounding rounding = PriceRounding.None, string currency = "ZAR") =>
        PriceBook.Open("Test", currency, new PriceBookTerms("ZA", taxInclusive, regional, floorBasisPoints, rounding), Epoch);

    public static PlanTerms Monthly(long amount, int count = 1) =>
        Plan.Create(Book(), $"m{amount}-{count}", "Monthly", new BillingInterval(IntervalUnit.Month, count), amount, Epoch).BilledAt(amount);

    public static PlanTerms Yearly(long amount) =>
        Plan.Create(Book(), $"y{amount}", "Yearly", new BillingInterval(IntervalUnit.Year, 1), amount, Epoch).BilledAt(amount);

    public static Coupon PercentOff(int basisPoints, CouponDuration duration, int? periods = null) =>
        Coupon.Create("PCT", new CouponDiscount(basisPoints, []), new CouponLimits(duration, periods, null, null, null), [], Epoch);

    public static DateTimeOffset At(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);
}
