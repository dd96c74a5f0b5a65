using Azora.Pricing.Data;
using Azora.Pricing.Domain;
using Azora.Pricing.Regional;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Subscriptions;

/// <summary>A plan's terms for a customer's country: its amount is the plan's regional price there, as a quote would show it.</summary>
internal static class RegionalPlanTerms
{
    public static async Task<PlanTerms> ForAsync(PricingDbContext db, Plan plan, string country, CancellationToken cancellationToken)
    {
        var book = await db.PriceBooks.AsNoTracking().SingleAsync(b => b.Id == plan.PriceBookId, cancellationToken);
        return plan.BilledAt(RegionalPrice.For(book, plan.Amount, country).Amount);
    }
}
