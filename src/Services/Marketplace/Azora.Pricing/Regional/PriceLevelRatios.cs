using System.Collections.Frozen;
using System.Globalization;

namespace Azora.Pricing.Regional;

/// <summary>A country's price level ratio (World Bank PA.NUS.PPPC.RF) and the year it is for.</summary>
internal sealed record PriceLevel(string Country, decimal Ratio, int Year);

/// <summary>The bundled table of price level ratios, Data/price-level-ratios.csv, read once.</summary>
internal static class PriceLevelRatios
{
    public const string Indicator = "PA.NUS.PPPC.RF";

    private static readonly FrozenDictionary<string, PriceLevel> Table = EmbeddedTable.Rows("price-level-ratios.csv", ',')
        .Select(row => new PriceLevel(row[0], decimal.Parse(row[1], CultureInfo.InvariantCulture), int.Parse(row[2], CultureInfo.InvariantCulture)))
        .ToFrozenDictionary(level => level.Country, StringComparer.Ordinal);

    public static PriceLevel? For(string country) => Table.GetValueOrDefault(country);

    public static IReadOnlyCollection<PriceLevel> All => Table.Values;
}
