using Azora.Pricing.Domain;

namespace Azora.Pricing.Features.Plans;

internal sealed record PlanResponse(
    Guid Id, Guid PriceBookId, string Code, string Name, string Currency, string Interval, int IntervalCount, long Amount, DateTimeOffset CreatedAt)
{
    public static PlanResponse From(Plan plan) => new(
        plan.Id, plan.PriceBookId, plan.Code, plan.Name, plan.Currency, plan.Interval.UnitName, plan.IntervalCount, plan.Amount, plan.CreatedAt);
}
