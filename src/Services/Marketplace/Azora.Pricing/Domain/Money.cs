namespace Azora.Pricing.Domain;

/// <summary>
/// Arithmetic on amounts in minor units. Every fraction of a minor unit is rounded half away from zero, once per line,
/// so that a quote's lines add up exactly to its totals.
/// </summary>
internal static class Money
{
    /// <summary><paramref name="amount"/> × <paramref name="numerator"/> / <paramref name="denominator"/>, rounded half away from zero.</summary>
    public static long Proportion(long amount, long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var product = (Int128)amount * numerator;
        var quotient = Int128.DivRem(product, denominator);
        var twiceRemainder = Int128.Abs(quotient.Remainder) * 2;
        var result = quotient.Quotient;
        if (twiceRemainder >= denominator)
        {
            result += Int128.Sign(product);
        }
        return (long)result;
    }

    /// <summary>An amount scaled by a decimal factor (a rate or a ratio), rounded half away from zero.</summary>
    public static long Scale(long amount, decimal factor) =>
        (long)Math.Round(amount * factor, MidpointRounding.AwayFromZero);
}
