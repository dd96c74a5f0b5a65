namespace Azora.Pricing.Tax;

/// <summary>
/// A buyer's VAT number checked against its country's format: spaces, dots and dashes are ignored, letters are
/// capitalised, and an EU number may carry its country prefix (EL for Greece). Only the format is checked, not whether
/// the number is registered.
/// </summary>
internal static class VatNumber
{
    public const int MaxLength = 20;

    /// <summary>The number in canonical form (the EU prefix added), or null with the reason it is refused.</summary>
    public static string? Normalize(string raw, string country, out string? refusal)
    {
        refusal = null;
        var vat = VatRates.For(country);
        if (vat is null)
        {
            refusal = $"VAT numbers are taken for South Africa and the EU member states, not {country}.";
            return null;
        }
        var compact = new string([.. raw.Where(c => c is not (' ' or '.' or '-')).Select(char.ToUpperInvariant)]);
        var body = vat.IsEuropeanUnion && compact.StartsWith(vat.Prefix, StringComparison.Ordinal) ? compact[vat.Prefix.Length..] : compact;
        if (!vat.NumberFormat.IsMatch(body))
        {
            refusal = vat.IsEuropeanUnion
                ? $"This is not the format of a VAT number of {country} ({vat.Prefix} followed by its digits)."
                : "A South African VAT number has 10 digits and starts with 4.";
            return null;
        }
        return vat.Prefix + body;
    }
}
