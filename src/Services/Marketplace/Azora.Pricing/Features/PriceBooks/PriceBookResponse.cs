using Azora.Pricing.Domain;

namespace Azora.Pricing.Features.PriceBooks;

internal sealed record PriceBookResponse(
    Guid Id, string Name, string Currency, string BaseCountry, bool TaxInclusive, bool RegionalPricing, int FloorBasisPoints,
    string Rounding, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static PriceBookResponse From(PriceBook book) => new(
        book.Id, book.Name, book.Currency, book.BaseCountry, book.TaxInclusive, book.RegionalPricing, book.FloorBasisPoints,
        book.Rounding.Name(), book.CreatedAt, book.UpdatedAt);
}
