using Azora.Pricing.Domain;
using Azora.Pricing.Regional;
using Azora.Pricing.Tax;

namespace Azora.Pricing.Quoting;

/// <summary>Something to price: a product or a plan (its first period) from the book, and how many.</summary>
internal sealed record PricedItem(string Kind, Guid ReferenceId, string Name, long BaseUnitAmount, int Quantity);

/// <summary>
/// Prices a basket: each line at its regional price, the coupon's discount on the lines it applies to (a percentage per
/// line; a fixed amount taken from the eligible lines in order until it is used up), then VAT per line.
/// </summary>
internal static class QuotePricer
{
    public static IReadOnlyList<QuoteLine> Price(PriceBook book, string country, TaxTreatment tax, Coupon? coupon, IReadOnlyList<PricedItem> items)
    {
        var amountOffLeft = coupon?.AmountOffIn(book.Currency) ?? 0;
        var lines = new List<QuoteLine>(items.Count);
        foreach (var (item, position) in items.Select((item, index) => (item, index)))
        {
            var price = RegionalPrice.For(book, item.BaseUnitAmount, country);
            var subtotal = checked(price.Amount * item.Quantity);
            long discount = 0;
            if (coupon is not null && coupon.AppliesTo(item.ReferenceId))
            {
                if (coupon.PercentOffBasisPoints is { } basisPoints)
                {
                    discount = Money.Proportion(subtotal, basisPoints, Coupon.MaxBasisPoints);
                }
                else
                {
                    discount = Math.Min(subtotal, amountOffLeft);
                    amountOffLeft -= discount;
                }
            }
            var amounts = LineTax.Of(subtotal - discount, book.TaxInclusive, tax);
            lines.Add(QuoteLine.Priced(position, item.Kind, item.ReferenceId, item.Name, item.Quantity, price, discount, amounts));
        }
        return lines;
    }
}
