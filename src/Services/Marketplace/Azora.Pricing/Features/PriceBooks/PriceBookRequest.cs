using System.ComponentModel.DataAnnotations;
using Azora.Pricing.Domain;

namespace Azora.Pricing.Features.PriceBooks;

/// <summary>
/// A price book's settings. The base country is where its prices are set (ZA unless said), the seller's country for VAT
/// and the base of regional prices; the floor is the least share of the base price, in basis points (5000 = half), a
/// regional price may fall to; rounding is <c>none</c>, <c>whole</c> or <c>ending-99</c>.
/// </summary>
internal sealed record PriceBookRequest(
    [Required, StringLength(PriceBook.NameMaxLength, MinimumLength = 1)] string Name,
    [Required] string Currency,
    string BaseCountry = "ZA",
    bool TaxInclusive = true,
    bool RegionalPricing = false,
    [Range(0, Coupon.MaxBasisPoints)] int FloorBasisPoints = 5000,
    string Rounding = "none")
{
    /// <summary>The terms, or null with the errors added.</summary>
    public PriceBookTerms? Read(FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("name", "The name must not be blank.");
        }
        errors.Currency("currency", Currency);
        var country = errors.Country("baseCountry", BaseCountry);
        errors.TryPick("rounding", Rounding, PriceRoundingRules.Names, out var rounding);
        return errors.Count == 0 ? new PriceBookTerms(country!, TaxInclusive, RegionalPricing, FloorBasisPoints, rounding) : null;
    }
}
