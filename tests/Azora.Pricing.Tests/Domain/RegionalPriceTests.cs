using Azora.Pricing.Domain;
using Azora.Pricing.Regional;
using static Azora.Pricing.Tests.Domain.Plans;

namespace Azora.Pricing.Tests.Domain;

public sealed class RegionalPriceTests
{
    [Fact]
    public void A_price_is_scaled_by_the_ratio_of_the_countrys_price_level_to_the_base_countrys()
    {
        // ZA 0.43 and DE 0.77 (2022): R100.00 × 0.77 / 0.43 = R179.07.
        var price = RegionalPrice.For(Book(), 10_000, "DE");

        Assert.Equal(17_907, price.Amount);
        Assert.Equal((0.77m, 2022), (price.CountryLevel!.Ratio, price.CountryLevel.Year));
        Assert.Equal((0.43m, 2022), (price.BaseLevel!.Ratio, price.BaseLevel.Year));
    }

    [Fact]
    public void A_poorer_country_pays_less_but_never_below_the_floor()
    {
        // EG 0.24: R100 × 0.24 / 0.43 = R55.81; a 60% floor holds it at R60.00.
        Assert.Equal(5_581, RegionalPrice.For(Book(floorBasisPoints: 3_000), 10_000, "EG").Amount);
        Assert.Equal(6_000, RegionalPrice.For(Book(floorBasisPoints: 6_000), 10_000, "EG").Amount);
    }

    [Theory]
    [InlineData("whole", 5_600)]
    [InlineData("ending-99", 5_599)]
    [InlineData("none", 5_581)]
    public void The_regional_price_is_moved_to_the_books_price_point(string rounding, long expected)
    {
        Assert.Equal(expected, RegionalPrice.For(Book(rounding: PriceRoundingRules.Names[rounding]), 10_000, "EG").Amount);
    }

    [Fact]
    public void Rounding_that_would_fall_below_the_floor_takes_the_next_price_point_up()
    {
        // Floor R60.01: whole rounding gives R61, ending-99 R60.99.
        Assert.Equal(6_100, PriceRounding.Whole.Apply(5_581, 6_001, 100));
        Assert.Equal(6_099, PriceRounding.Ending99.Apply(5_581, 6_001, 100));
    }

    [Fact]
    public void A_currency_without_minor_units_has_price_points_in_hundreds()
    {
        Assert.Equal(1_999, PriceRounding.Ending99.Apply(1_950, 0, Currencies.MinorPerMajor("JPY")));
        Assert.Equal(2_000, PriceRounding.Whole.Apply(1_950, 0, Currencies.MinorPerMajor("JPY")));
    }

    [Fact]
    public void A_country_without_a_ratio_pays_the_base_price_and_is_told_so()
    {
        var price = RegionalPrice.For(Book(), 10_000, "AQ");

        Assert.Equal(10_000, price.Amount);
        Assert.Null(price.CountryLevel);
        Assert.Contains("No price level ratio", price.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_book_that_does_not_price_regionally_keeps_the_base_price()
    {
        Assert.Equal(10_000, RegionalPrice.For(Book(regional: false), 10_000, "EG").Amount);
    }

    [Fact]
    public void The_table_covers_south_africa_the_g20_and_the_eu()
    {
        string[] required =
        [
            "ZA", "AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "TR", "GB", "US",
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "GR", "HU", "IE", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "NG", "KE", "EG", "GH", "ET", "MA",
        ];

        Assert.All(required, country => Assert.NotNull(PriceLevelRatios.For(country)));
        Assert.All(PriceLevelRatios.All, level => Assert.True(Countries.IsKnown(level.Country) && level.Ratio > 0 && level.Year >= 2020, level.Country));
    }
}
