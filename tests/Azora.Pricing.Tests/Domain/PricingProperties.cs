using Azora.Pricing.Domain;
using Azora.Pricing.Quoting;
using Azora.Pricing.Regional;
using Azora.Pricing.Tax;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Azora.Pricing.Tests.Domain.Plans;

namespace Azora.Pricing.Tests.Domain;

/// <summary>Invariants of prices, proration and quotes over random inputs.</summary>
public sealed class PricingProperties
{
    private static readonly string[] Countries = ["ZA", "DE", "EG", "US", "CH", "IN", "AQ", "FR", "NG", "HU", "FI"];

    [Property(MaxTest = 300)]
    public Property An_upgrade_never_nets_more_than_the_new_plans_full_price_nor_less_than_nothing()
    {
        var scenario =
            from oldAmount in Gen.Choose(0, 1_000_000)
            from extra in Gen.Choose(1, 1_000_000)
            from startDay in Gen.Choose(0, 4 * 366)
            from months in Gen.Elements(1, 3, 12)
            from newMonths in Gen.Elements(1, 3, 12)
            from elapsedShare in Gen.Choose(0, 10_000)
            select (oldAmount, extra, startDay, months, newMonths, elapsedShare);

        return Prop.ForAll(scenario.ToArbitrary(), s =>
        {
            var start = At(2023, 1, 31).AddDays(s.startDay);
            var oldPlan = Monthly(s.oldAmount, s.months);
            // Priced so that it costs more per month than the old plan: an upgrade.
            var newAmount = ((long)s.oldAmount + s.extra) * s.newMonths / s.months + 1;
            var newPlan = Monthly(newAmount, s.newMonths);
            var subscription = Subscription.Start(Guid.CreateVersion7(), "ZA", oldPlan, null, start);
            var period = subscription.CurrentPeriodEnd - subscription.CurrentPeriodStart;
            var at = start + period * (s.elapsedShare / 10_000.0);
            subscription.NewCharges.Clear();

            var change = subscription.ChangePlan(newPlan, at);
            var net = subscription.NewCharges.Sum(c => c.Amount);

            return change == PlanChange.Upgraded && net <= newAmount && (s.newMonths != s.months || net >= 0);
        });
    }

    [Property(MaxTest = 300)]
    public Property A_regional_price_is_never_below_the_floor()
    {
        var scenario =
            from amount in Gen.Choose(0, 50_000_000)
            from floor in Gen.Choose(0, 10_000)
            from rounding in Gen.Elements(PriceRounding.None, PriceRounding.Whole, PriceRounding.Ending99)
            from currency in Gen.Elements("ZAR", "JPY", "KWD")
            from country in Gen.Elements(Countries)
            select (amount, floor, rounding, currency, country);

        return Prop.ForAll(scenario.ToArbitrary(), s =>
        {
            var book = Book(floorBasisPoints: s.floor, rounding: s.rounding, currency: s.currency);
            var price = RegionalPrice.For(book, s.amount, s.country);
            return price.Amount >= RegionalPrice.FloorOf(book, s.amount) && price.Amount >= 0;
        });
    }

    [Property(MaxTest = 300)]
    public Property A_quotes_total_is_its_lines_less_discounts_plus_tax()
    {
        var line = from amount in Gen.Choose(0, 5_000_000) from quantity in Gen.Choose(1, 50) select (amount, quantity);
        var scenario =
            from lines in Gen.ListOf(line).Where(l => l.Count is > 0 and <= 10)
            from inclusive in Gen.Elements(true, false)
            from country in Gen.Elements(Countries)
            from vatNumber in Gen.Elements<string?>(null, "DE123456789")
            from percent in Gen.Choose(0, 10_000)
            from fixedOff in Gen.Choose(0, 10_000_000)
            from usePercent in Gen.Elements(true, false, (bool?)null)
            select (lines, inclusive, country, vatNumber, percent, fixedOff, usePercent);

        return Prop.ForAll(scenario.ToArbitrary(), s =>
        {
            var book = Book(taxInclusive: s.inclusive);
            var items = s.lines.Select((l, i) => new PricedItem("course", Guid.CreateVersion7(), $"line {i}", l.amount, l.quantity)).ToList();
            var coupon = s.usePercent switch
            {
                true => Coupon.Create("P", new CouponDiscount(s.percent, []), new CouponLimits(CouponDuration.Once, null, null, null, null), [], Epoch),
                false => Coupon.Create("F", new CouponDiscount(null, [new CouponAmount("ZAR", s.fixedOff)]), new CouponLimits(CouponDuration.Once, null, null, null, null), [], Epoch),
                _ => null,
            };
            var vat = s.country == "DE" ? s.vatNumber : null;
            var tax = TaxTreatment.For("ZA", s.country, vat);
            var quote = Quote.Issue(Guid.CreateVersion7(), "owner", null, book, s.country, tax, coupon,
                QuotePricer.Price(book, s.country, tax, coupon, items), Epoch, TimeSpan.FromHours(1));

            var linesAddUp = quote.Lines.All(l => l.Net + l.Tax == l.Gross && l.Discount >= 0 && l.Discount <= l.Subtotal);
            var totalsAddUp = quote.Total == quote.Lines.Sum(l => l.Gross) && quote.Tax == quote.Lines.Sum(l => l.Tax);
            var balance = !s.inclusive
                ? quote.Total == quote.Subtotal - quote.Discount + quote.Tax
                : tax.Kind == TaxKind.ReverseCharge || quote.Total == quote.Subtotal - quote.Discount;
            var fixedCapped = s.usePercent != false || quote.Discount == Math.Min(s.fixedOff, quote.Subtotal);
            return linesAddUp && totalsAddUp && balance && fixedCapped;
        });
    }
}
