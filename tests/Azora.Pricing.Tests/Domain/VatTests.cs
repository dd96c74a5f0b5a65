using Azora.Pricing.Tax;

namespace Azora.Pricing.Tests.Domain;

public sealed class VatTests
{
    [Theory]
    [InlineData("ZA", "4123456789", "4123456789")]
    [InlineData("DE", "DE123456789", "DE123456789")]
    [InlineData("DE", "123 456 789", "DE123456789")]
    [InlineData("GR", "EL123456789", "EL123456789")]
    [InlineData("NL", "nl123456789b01", "NL123456789B01")]
    [InlineData("AT", "ATU12345678", "ATU12345678")]
    [InlineData("FR", "FRXX123456789", "FRXX123456789")]
    [InlineData("IE", "IE1234567WA", "IE1234567WA")]
    [InlineData("ES", "ESX1234567X", "ESX1234567X")]
    [InlineData("SE", "SE123456789001", "SE123456789001")]
    public void A_well_formed_vat_number_is_accepted_in_canonical_form(string country, string raw, string canonical)
    {
        Assert.Equal(canonical, VatNumber.Normalize(raw, country, out var refusal));
        Assert.Null(refusal);
    }

    [Theory]
    [InlineData("ZA", "5123456789")]
    [InlineData("ZA", "412345678")]
    [InlineData("DE", "DE12345678")]
    [InlineData("DE", "FR123456789")]
    [InlineData("NL", "NL123456789")]
    [InlineData("AT", "AT12345678")]
    [InlineData("SE", "SE123456789012")]
    [InlineData("US", "123456789")]
    public void A_malformed_vat_number_or_one_for_a_country_without_vat_is_refused(string country, string raw)
    {
        Assert.Null(VatNumber.Normalize(raw, country, out var refusal));
        Assert.NotNull(refusal);
    }

    [Fact]
    public void The_table_has_south_africa_at_15_percent_and_all_27_eu_states()
    {
        Assert.Equal(15m, VatRates.For("ZA")!.RatePercent);
        Assert.Equal(27, VatRates.All.Count(c => c.IsEuropeanUnion));
        Assert.Equal(19m, VatRates.For("DE")!.RatePercent);
        Assert.Equal(27m, VatRates.For("HU")!.RatePercent);
        Assert.Equal(25.5m, VatRates.For("FI")!.RatePercent);
    }

    [Fact]
    public void An_eu_business_in_another_country_than_the_seller_is_reverse_charged()
    {
        Assert.Equal(TaxKind.ReverseCharge, TaxTreatment.For("ZA", "DE", "DE123456789").Kind);
        Assert.Equal(TaxKind.Standard, TaxTreatment.For("DE", "DE", "DE123456789").Kind);
        Assert.Equal(TaxKind.Standard, TaxTreatment.For("ZA", "DE", null).Kind);
        Assert.Equal(TaxKind.Standard, TaxTreatment.For("ZA", "ZA", "4123456789").Kind);
        Assert.Equal(TaxKind.OutOfScope, TaxTreatment.For("ZA", "US", null).Kind);
    }

    [Fact]
    public void Exclusive_prices_add_vat_rounded_half_away_from_zero()
    {
        // R10.10 + 15% = R1.515 VAT, rounded to R1.52.
        Assert.Equal(new LineTax(1_010, 152, 1_162), LineTax.Of(1_010, false, TaxTreatment.For("ZA", "ZA", null)));
    }

    [Fact]
    public void Inclusive_prices_contain_the_vat()
    {
        // R115.00 including 15%: R100.00 net and R15.00 VAT.
        Assert.Equal(new LineTax(10_000, 1_500, 11_500), LineTax.Of(11_500, true, TaxTreatment.For("ZA", "ZA", null)));
        // €100 including German 19%: 84.03 net (84.0336), 15.97 VAT.
        Assert.Equal(new LineTax(8_403, 1_597, 10_000), LineTax.Of(10_000, true, TaxTreatment.For("ZA", "DE", null)));
    }

    [Fact]
    public void A_reverse_charged_inclusive_price_has_its_vat_taken_out_and_none_charged()
    {
        Assert.Equal(new LineTax(8_403, 0, 8_403), LineTax.Of(10_000, true, TaxTreatment.For("ZA", "DE", "DE123456789")));
        Assert.Equal(new LineTax(10_000, 0, 10_000), LineTax.Of(10_000, false, TaxTreatment.For("ZA", "DE", "DE123456789")));
    }

    [Fact]
    public void Outside_south_african_and_eu_vat_the_price_is_net_and_untaxed()
    {
        Assert.Equal(new LineTax(10_000, 0, 10_000), LineTax.Of(10_000, true, TaxTreatment.For("ZA", "US", null)));
    }
}
