using Azora.Pricing.Domain;
using Azora.Pricing.Regional;

namespace Azora.Pricing.Features.Prices;

internal sealed record PriceResponse(
    Guid Id, Guid PriceBookId, Guid ProductId, string Kind, string Name, Guid? OwnerId, string Currency, long UnitAmount,
    DateTimeOffset UpdatedAt, RegionalPriceResponse? Regional)
{
    public static PriceResponse From(ProductPrice price, string currency, RegionalPriceResponse? regional = null) => new(
        price.Id, price.PriceBookId, price.ProductId, price.Kind.Name(), price.Name, price.OwnerId, currency, price.UnitAmount,
        price.UpdatedAt, regional);
}

/// <summary>A price for one country, with the price level ratios (World Bank PA.NUS.PPPC.RF) it was computed from and their years.</summary>
internal sealed record RegionalPriceResponse(
    string Country, long UnitAmount, long BaseUnitAmount, long FloorAmount, decimal? PriceLevelRatio, int? PriceLevelYear,
    string BaseCountry, decimal? BasePriceLevelRatio, int? BasePriceLevelYear, string Indicator, string Note)
{
    public static RegionalPriceResponse From(PriceBook book, string country, RegionalPrice price) => new(
        country, price.Amount, price.BaseAmount, price.FloorAmount, price.CountryLevel?.Ratio, price.CountryLevel?.Year,
        book.BaseCountry, price.BaseLevel?.Ratio, price.BaseLevel?.Year, PriceLevelRatios.Indicator, price.Note);
}
