namespace Azora.Pricing.Tax;

internal enum TaxKind
{
    /// <summary>VAT charged at the buyer's country's standard rate.</summary>
    Standard,

    /// <summary>An EU business buying from another country accounts for the VAT itself; none is charged.</summary>
    ReverseCharge,

    /// <summary>The buyer's country is outside South African and EU VAT; none is charged.</summary>
    OutOfScope,
}

/// <summary>
/// The VAT a sale bears. Digital services are taxed where the buyer is (the EU's place-of-supply rule for electronic
/// services, and South Africa's rule for foreign e-service suppliers alike): a buyer in South Africa or an EU country pays
/// its standard rate. An EU buyer who gives a VAT number valid in form for its country, in a country other than the
/// seller's, is a business that reverse-charges the VAT.
/// </summary>
internal sealed record TaxTreatment(TaxKind Kind, decimal RatePercent, string? BuyerVatNumber, string Note)
{
    public static TaxTreatment For(string sellerCountry, string buyerCountry, string? buyerVatNumber)
    {
        var vat = VatRates.For(buyerCountry);
        if (vat is null)
        {
            return new(TaxKind.OutOfScope, 0, null, $"No VAT is charged to buyers in {buyerCountry}.");
        }
        if (buyerVatNumber is not null && vat.IsEuropeanUnion && buyerCountry != sellerCountry)
        {
            return new(TaxKind.ReverseCharge, vat.RatePercent, buyerVatNumber, "Reverse charge: the buyer accounts for the VAT (Council Directive 2006/112/EC, Article 196).");
        }
        return new(TaxKind.Standard, vat.RatePercent, buyerVatNumber, $"VAT at {buyerCountry}'s standard rate of {vat.RatePercent}%.");
    }
}
