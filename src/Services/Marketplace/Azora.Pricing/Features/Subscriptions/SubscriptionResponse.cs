using Azora.Pricing.Domain;

namespace Azora.Pricing.Features.Subscriptions;

internal sealed record SubscriptionResponse(
    Guid Id, Guid CustomerId, Guid PlanId, string Currency, string Country, string Status, string Interval, int IntervalCount, long PlanAmount,
    DateTimeOffset CurrentPeriodStart, DateTimeOffset CurrentPeriodEnd, long CurrentPeriodAmount, Guid? ScheduledPlanId,
    DateTimeOffset? ScheduledChangeAt, bool CancelAtPeriodEnd, DateTimeOffset? EndedAt, Guid? CouponId, int? DiscountPeriodsLeft,
    DateTimeOffset CreatedAt, IReadOnlyList<ChargeResponse> NewCharges)
{
    public static SubscriptionResponse From(Subscription subscription, IEnumerable<SubscriptionCharge> newCharges) => new(
        subscription.Id, subscription.CustomerId, subscription.PlanId, subscription.Currency, subscription.Country,
        subscription.Status == SubscriptionStatus.Active ? "active" : "canceled",
        subscription.Interval.UnitName, subscription.IntervalCount, subscription.PlanAmount,
        subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd, subscription.CurrentPeriodAmount, subscription.ScheduledPlanId,
        subscription.ScheduledPlanId is null ? null : subscription.CurrentPeriodEnd, subscription.CancelAtPeriodEnd, subscription.EndedAt,
        subscription.CouponId, subscription.DiscountPeriodsLeft, subscription.CreatedAt,
        [.. newCharges.Select(ChargeResponse.From)]);
}

/// <summary>A billed line: positive for a charge, negative for a credit or discount, in minor units.</summary>
internal sealed record ChargeResponse(Guid Id, int Sequence, string Kind, Guid PlanId, long Amount, DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd, DateTimeOffset CreatedAt)
{
    public static ChargeResponse From(SubscriptionCharge charge) => new(
        charge.Id, charge.Sequence, KindName(charge.Kind), charge.PlanId, charge.Amount, charge.PeriodStart, charge.PeriodEnd, charge.CreatedAt);

    private static string KindName(ChargeKind kind) => kind switch
    {
        ChargeKind.Discount => "discount",
        ChargeKind.ProrationCredit => "proration-credit",
        ChargeKind.ProrationCharge => "proration-charge",
        _ => "period",
    };
}
