using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Azora.Pricing.Regional;

namespace Azora.Pricing.Tax;

/// <summary>A country's standard VAT rate in percent and the format of its VAT numbers (after the country prefix, if any).</summary>
internal sealed record VatCountry(string Country, decimal RatePercent, string Prefix, Regex NumberFormat)
{
    public bool IsEuropeanUnion => Prefix.Length > 0;
}

/// <summary>The bundled table Data/vat-rates.csv: South Africa and the EU-27.</summary>
internal static class VatRates
{
    private static readonly FrozenDictionary<string, VatCountry> Table = EmbeddedTable.Rows("vat-rates.csv", ';')
        .Select(row => new VatCountry(
            row[0],
            decimal.Parse(row[1], CultureInfo.InvariantCulture),
            row[2],
            new Regex($"^(?:{row[3]})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))))
        .ToFrozenDictionary(country => country.Country, StringComparer.Ordinal);

    public static VatCountry? For(string country) => Table.GetValueOrDefault(country);

    public static IReadOnlyCollection<VatCountry> All => Table.Values;
}
