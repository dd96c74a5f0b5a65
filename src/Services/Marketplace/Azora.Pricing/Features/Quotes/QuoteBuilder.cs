using Azora.Pricing.Data;
using Azora.Pricing.Domain;
using Azora.Pricing.Pricing;
using Azora.Pricing.Quoting;
using Azora.Pricing.Tax;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Quotes;

/// <summary>Reads a quote request against the price book of its currency and prices it, or names every field that is wrong.</summary>
internal sealed class QuoteBuilder(PricingDbContext db, CouponRedeemer coupons)
{
    /// <summary>The priced quote, named <paramref name="quoteId"/> when given (a new time-ordered id otherwise), or null with the errors.</summary>
    public async Task<Quote?> BuildAsync(
        QuoteRequest request, Guid? quoteId, string ownerSubject, Guid? customerId, DateTimeOffset now, TimeSpan lifetime, FieldErrors errors,
        CancellationToken cancellationToken)
    {
        var currency = errors.Currency("currency", request.Currency);
        var country = errors.Country("country", request.Country);
        var book = currency is null ? null : await db.PriceBooks.AsNoTracking().SingleOrDefaultAsync(b => b.Currency == currency, cancellationToken);
        if (currency is not null && book is null)
        {
            errors.Add("currency", $"Nothing is priced in {currency}.");
        }

        string? vatNumber = null;
        if (request.BuyerVatNumber is not null && country is not null)
        {
            vatNumber = VatNumber.Normalize(request.BuyerVatNumber, country, out var refusal);
            if (refusal is not null)
            {
                errors.Add("buyerVatNumber", refusal);
            }
        }

        var items = book is null ? [] : await ItemsAsync(request.Lines, book, errors, cancellationToken);

        Coupon? coupon = null;
        if (request.CouponCode is not null)
        {
            (coupon, var refusal) = await coupons.FindUsableAsync(request.CouponCode, customerId, now, cancellationToken);
            if (refusal is not null)
            {
                errors.Add("couponCode", refusal);
            }
            else if (book is not null && coupon!.AmountOffIn(book.Currency) == 0)
            {
                errors.Add("couponCode", $"The coupon takes no amount off in {book.Currency}.");
            }
            else if (items.Count > 0 && !items.Any(i => coupon!.AppliesTo(i.ReferenceId)))
            {
                errors.Add("couponCode", "The coupon applies to none of these products or plans.");
            }
        }

        if (errors.Count > 0 || book is null || country is null)
        {
            return null;
        }
        var tax = TaxTreatment.For(book.BaseCountry, country, vatNumber);
        var lines = QuotePricer.Price(book, country, tax, coupon, items);
        return Quote.Issue(quoteId ?? Guid.CreateVersion7(now), ownerSubject, customerId, book, country, tax, coupon, lines, now, lifetime);
    }

    private async Task<List<PricedItem>> ItemsAsync(List<QuoteLineRequest> lines, PriceBook book, FieldErrors errors, CancellationToken cancellationToken)
    {
        var productIds = lines.Where(l => l?.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var planIds = lines.Where(l => l?.PlanId is not null).Select(l => l.PlanId!.Value).Distinct().ToList();
        var products = await db.ProductPrices.AsNoTracking()
            .Where(p => p.PriceBookId == book.Id && productIds.Contains(p.ProductId))
            .ToDictionaryAsync(p => p.ProductId, cancellationToken);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.PriceBookId == book.Id && planIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var items = new List<PricedItem>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null)
            {
                errors.Add($"lines[{i}]", "A line is an object with a productId or a planId.");
                continue;
            }
            if (line.Quantity is < 1 or > QuoteLineRequest.MaxQuantity)
            {
                errors.Add($"lines[{i}].quantity", $"The quantity is a whole number from 1 to {QuoteLineRequest.MaxQuantity}.");
            }
            switch (line)
            {
                case { ProductId: { } productId, PlanId: null }:
                    if (products.TryGetValue(productId, out var product))
                    {
                        items.Add(new PricedItem(product.Kind.Name(), productId, product.Name, product.UnitAmount, line.Quantity));
                    }
                    else
                    {
                        errors.Add($"lines[{i}].productId", $"The product has no price in {book.Currency}.");
                    }
                    break;
                case { PlanId: { } planId, ProductId: null }:
                    if (plans.TryGetValue(planId, out var plan))
                    {
                        items.Add(new PricedItem("plan", planId, plan.Name, plan.Amount, line.Quantity));
                    }
                    else
                    {
                        errors.Add($"lines[{i}].planId", $"No plan with this id is priced in {book.Currency}.");
                    }
                    break;
                default:
                    errors.Add($"lines[{i}].productId", "A line names exactly one of productId and planId.");
                    break;
            }
        }
        return items;
    }
}
