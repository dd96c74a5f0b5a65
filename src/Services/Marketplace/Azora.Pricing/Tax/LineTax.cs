using Azora.Pricing.Domain;

namespace Azora.Pricing.Tax;

/// <summary>A line's amounts after discount: net, VAT and gross, in minor units.</summary>
internal readonly record struct LineTax(long Net, long Tax, long Gross)
{
    private const long PartsPerMillion = 1_000_000;

    /// <summary>
    /// Splits a discounted line amount. Exclusive prices are net: VAT is net × rate, rounded half away from zero.
    /// Inclusive prices are gross at the rate that applies: net is gross ÷ (1 + rate), rounded half away from zero, and VAT
    /// the rest. Under a reverse charge an inclusive price has that VAT taken out and none charged; out of scope, the price
    /// is net and there is nothing to take out.
    /// </summary>
    public static LineTax Of(long amount, bool pricesIncludeTax, TaxTreatment treatment)
    {
        // The rate in parts per million, exact for rates given to four decimals of a percent (25.5% is 255 000).
        var rate = (long)(treatment.RatePercent * 10_000m);
        if (!pricesIncludeTax)
        {
            var tax = treatment.Kind == TaxKind.Standard ? Money.Proportion(amount, rate, PartsPerMillion) : 0;
            return new LineTax(amount, tax, amount + tax);
        }
        var net = treatment.Kind == TaxKind.OutOfScope ? amount : Money.Proportion(amount, PartsPerMillion, PartsPerMillion + rate);
        return treatment.Kind == TaxKind.Standard ? new LineTax(net, amount - net, amount) : new LineTax(net, 0, net);
    }
}
