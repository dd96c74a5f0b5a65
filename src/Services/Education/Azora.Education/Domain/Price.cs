namespace Azora.Education.Domain;

/// <summary>
/// Minor units as a decimal amount of the major unit, for schema.org offers: ISO 4217 exponents (yen have none, dinars
/// three), two for every other code and for AZR, the platform's learn-to-earn unit.
/// </summary>
internal static class Price
{
    private static readonly HashSet<string> NoDecimals =
        new("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".Split(' '), StringComparer.Ordinal);

    private static readonly HashSet<string> ThreeDecimals = new("BHD IQD JOD KWD LYD OMR TND".Split(' '), StringComparer.Ordinal);

    private static readonly decimal[] Scale = [1m, 10m, 100m, 1000m, 10000m];

    private static readonly HashSet<string> FourDecimals = new(["CLF", "UYW"], StringComparer.Ordinal);

    public static decimal InMajorUnits(long minor, string currency)
    {
        var exponent = NoDecimals.Contains(currency) ? 0 : ThreeDecimals.Contains(currency) ? 3 : FourDecimals.Contains(currency) ? 4 : 2;
        return minor / Scale[exponent];
    }
}
