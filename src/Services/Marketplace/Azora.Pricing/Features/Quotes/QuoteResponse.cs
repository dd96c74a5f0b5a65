using Azora.Pricing.Domain;
using Azora.Pricing.Regional;
using Azora.Pricing.Tax;

namespace Azora.Pricing.Features.Quotes;

/// <summary>A quote: its lines (each with net, VAT and gross), the coupon and VAT treatment applied, and the totals, all in minor units.</summary>
internal sealed record QuoteResponse(
    Guid Id, string Currency, string Country, Guid? CustomerId, bool PricesIncludeTax, QuoteTaxResponse Tax, string? CouponCode,
    IReadOnlyList<QuoteLineResponse> Lines, long Subtotal, long Discount, long TaxTotal, long Total,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt, string Rounding)
{
    private const string RoundingRule = "Each line's discount, VAT and net are rounded half away from zero to the minor unit; totals are the sums of the lines.";

    public static QuoteResponse From(Quote quote) => new(
        quote.Id, quote.Currency, quote.Country, quote.CustomerId, quote.TaxInclusive,
        new QuoteTaxResponse(TaxKinds.Name(quote.TaxKind), quote.TaxRatePercent, quote.BuyerVatNumber, quote.TaxNote),
        quote.CouponCode,
        [.. quote.Lines.OrderBy(l => l.Position).Select(QuoteLineResponse.From)],
        quote.Subtotal, quote.Discount, quote.Tax, quote.Total, quote.CreatedAt, quote.ExpiresAt, quote.AcceptedAt, RoundingRule);
}

internal sealed record QuoteTaxResponse(string Treatment, decimal RatePercent, string? BuyerVatNumber, string Note);

internal sealed record QuoteLineResponse(
    string Kind, Guid ReferenceId, string Name, int Quantity, long BaseUnitAmount, long UnitAmount, QuoteLineRegionalResponse Regional,
    long Subtotal, long Discount, long Net, long Tax, long Gross)
{
    public static QuoteLineResponse From(QuoteLine line) => new(
        line.Kind, line.ReferenceId, line.Name, line.Quantity, line.BaseUnitAmount, line.UnitAmount,
        new QuoteLineRegionalResponse(line.CountryPriceLevel, line.CountryPriceLevelYear, line.BasePriceLevel, line.BasePriceLevelYear, PriceLevelRatios.Indicator, line.RegionalNote),
        line.Subtotal, line.Discount, line.Net, line.Tax, line.Gross);
}

internal sealed record QuoteLineRegionalResponse(decimal? PriceLevelRatio, int? PriceLevelYear, decimal? BasePriceLevelRatio, int? BasePriceLevelYear, string Indicator, string Note);

internal static class TaxKinds
{
    public static string Name(TaxKind kind) => kind switch
    {
        TaxKind.ReverseCharge => "reverse-charge",
        TaxKind.OutOfScope => "out-of-scope",
        _ => "standard",
    };
}
