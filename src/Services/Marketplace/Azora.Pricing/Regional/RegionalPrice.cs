using Azora.Pricing.Domain;

namespace Azora.Pricing.Regional;

/// <summary>
/// A price adjusted to a country's purchasing power: the base price × (the country's price level ratio ÷ the base
/// country's), never below the book's floor (a share of the base price), moved to one of the book's price points.
/// When either ratio is unknown, or the book does not price regionally, the base price stands and the reason is given.
/// </summary>
internal sealed record RegionalPrice(long BaseAmount, long Amount, PriceLevel? CountryLevel, PriceLevel? BaseLevel, long FloorAmount, string Note)
{
    public static RegionalPrice For(PriceBook book, long baseAmount, string country)
    {
        var floor = FloorOf(book, baseAmount);
        var countryLevel = PriceLevelRatios.For(country);
        var baseLevel = PriceLevelRatios.For(book.BaseCountry);
        if (!book.RegionalPricing)
        {
            return new(baseAmount, baseAmount, countryLevel, baseLevel, floor, "The price book does not adjust prices by country; the base price applies.");
        }
        if (country == book.BaseCountry)
        {
            return new(baseAmount, baseAmount, countryLevel, baseLevel, floor, $"{country} is the price book's base country; the base price applies.");
        }
        if (countryLevel is null)
        {
            return new(baseAmount, baseAmount, null, baseLevel, floor, $"No price level ratio is known for {country}; the base price applies.");
        }
        if (baseLevel is null)
        {
            return new(baseAmount, baseAmount, countryLevel, null, floor, $"No price level ratio is known for the base country {book.BaseCountry}; the base price applies.");
        }
        if (baseAmount == 0)
        {
            return new(0, 0, countryLevel, baseLevel, 0, "The product is free everywhere.");
        }
        var converted = Money.Scale(baseAmount, countryLevel.Ratio / baseLevel.Ratio);
        var amount = book.Rounding.Apply(Math.Max(converted, floor), floor, Currencies.MinorPerMajor(book.Currency));
        var note = converted < floor
            ? $"Adjusted by the price level ratio of {country} ({countryLevel.Ratio}, {countryLevel.Year}) to {book.BaseCountry}'s ({baseLevel.Ratio}, {baseLevel.Year}), raised to the floor and rounded."
            : $"Adjusted by the price level ratio of {country} ({countryLevel.Ratio}, {countryLevel.Year}) to {book.BaseCountry}'s ({baseLevel.Ratio}, {baseLevel.Year}) and rounded.";
        return new(baseAmount, amount, countryLevel, baseLevel, floor, note);
    }

    /// <summary>The least a regional price may be: the floor's share of the base price, rounded up to a whole minor unit.</summary>
    public static long FloorOf(PriceBook book, long baseAmount) =>
        (long)(((Int128)baseAmount * book.FloorBasisPoints + Coupon.MaxBasisPoints - 1) / Coupon.MaxBasisPoints);
}
