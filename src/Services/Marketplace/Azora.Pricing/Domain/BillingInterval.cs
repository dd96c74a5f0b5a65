namespace Azora.Pricing.Domain;

internal enum IntervalUnit
{
    Month,
    Year,
}

/// <summary>
/// How often a plan bills: every <see cref="Count"/> months or years. Periods are counted from a fixed anchor rather than
/// from the previous period's end, so a subscription started on 31 January renews on 28 (or 29) February, then on
/// 31 March; one started on 29 February renews on 28 February in common years and on 29 February in leap years.
/// </summary>
internal readonly record struct BillingInterval(IntervalUnit Unit, int Count)
{
    public const int MaxCount = 12;

    public static readonly IReadOnlyDictionary<string, IntervalUnit> UnitNames = new Dictionary<string, IntervalUnit>(StringComparer.Ordinal)
    {
        ["month"] = IntervalUnit.Month,
        ["year"] = IntervalUnit.Year,
    };

    public int Months => Unit == IntervalUnit.Year ? Count * 12 : Count;

    public string UnitName => Unit == IntervalUnit.Year ? "year" : "month";

    /// <summary>The start of period <paramref name="index"/> (0 is the first) of a schedule anchored at <paramref name="anchor"/>.</summary>
    public DateTimeOffset PeriodStart(DateTimeOffset anchor, int index) => anchor.AddMonths(Months * index);
}
