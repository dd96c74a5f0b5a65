using Azora.Pricing.Regional;
using Azora.Pricing.Tax;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Pricing.Features.Reference;

internal sealed record PriceLevelResponse(string Country, decimal Ratio, int Year);

internal sealed record PriceLevelTable(string Indicator, IReadOnlyList<PriceLevelResponse> Countries);

internal sealed record VatRateResponse(string Country, decimal RatePercent, string? VatNumberPrefix, bool EuropeanUnion);

/// <summary>The bundled tables prices and VAT are computed from, for signed-in callers to show where a price came from.</summary>
internal static class ReadReferenceTables
{
    public static void Map(IEndpointRouteBuilder reference)
    {
        reference.MapGet("/price-levels", () => TypedResults.Ok(new PriceLevelTable(
                PriceLevelRatios.Indicator,
                [.. PriceLevelRatios.All.OrderBy(l => l.Country, StringComparer.Ordinal).Select(l => new PriceLevelResponse(l.Country, l.Ratio, l.Year))])))
            .WithName("ListPriceLevels")
            .WithSummary("The bundled World Bank price level ratios (PA.NUS.PPPC.RF) per country, with the year each is for.");
        reference.MapGet("/vat-rates", () => TypedResults.Ok<IReadOnlyList<VatRateResponse>>(
                [.. VatRates.All.OrderBy(v => v.Country, StringComparer.Ordinal).Select(v => new VatRateResponse(v.Country, v.RatePercent, v.IsEuropeanUnion ? v.Prefix : null, v.IsEuropeanUnion))]))
            .WithName("ListVatRates")
            .WithSummary("The bundled standard VAT rates: South Africa and the EU member states.");
    }
}
