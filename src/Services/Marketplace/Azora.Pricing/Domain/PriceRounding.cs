namespace Azora.Pricing.Domain;

/// <summary>The price points a price book rounds converted (regional) prices to.</summary>
internal enum PriceRounding
{
    /// <summary>Keep the amount to the minor unit.</summary>
    None,

    /// <summary>The nearest whole major unit, half away from zero (R123.50 becomes R124).</summary>
    Whole,

    /// <summary>The smallest amount not below the price that ends in .99 (R123.10 becomes R123.99, R123.00 becomes R123.99).</summary>
    Ending99,
}

internal static class PriceRoundingRules
{
    public static readonly IReadOnlyDictionary<string, PriceRounding> Names = new Dictionary<string, PriceRounding>(StringComparer.Ordinal)
    {
        ["none"] = PriceRounding.None,
        ["whole"] = PriceRounding.Whole,
        ["ending-99"] = PriceRounding.Ending99,
    };

    public static string Name(this PriceRounding rounding) => Names.Single(pair => pair.Value == rounding).Key;

    /// <summary>
    /// <paramref name="amount"/> moved to a price point of <paramref name="rounding"/>, never below <paramref name="minimum"/>:
    /// when rounding would go under it, the next price point up is taken. A currency without minor units has its price
    /// points in hundreds (1999 yen, not 19.99).
    /// </summary>
    public static long Apply(this PriceRounding rounding, long amount, long minimum, long minorPerMajor)
    {
        var unit = minorPerMajor == 1 ? 100 : minorPerMajor;
        var rounded = rounding switch
        {
            PriceRounding.Whole => Money.Proportion(amount, 1, unit) * unit,
            PriceRounding.Ending99 => CeilingDivide(amount + 1, unit) * unit - 1,
            _ => amount,
        };
        if (rounded >= minimum)
        {
            return rounded;
        }
        return rounding switch
        {
            PriceRounding.Whole => CeilingDivide(minimum, unit) * unit,
            PriceRounding.Ending99 => CeilingDivide(minimum + 1, unit) * unit - 1,
            _ => minimum,
        };
    }

    private static long CeilingDivide(long value, long divisor) => (value + divisor - 1) / divisor;
}
