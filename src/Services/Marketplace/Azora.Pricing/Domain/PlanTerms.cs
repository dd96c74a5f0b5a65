namespace Azora.Pricing.Domain;

/// <summary>
/// A plan as one customer is billed for it: its amount (the plan's price adjusted to the customer's country) every
/// interval, in the plan's currency.
/// </summary>
internal readonly record struct PlanTerms(Guid PlanId, string Currency, long Amount, BillingInterval Interval)
{
    /// <summary>
    /// Whether moving from <paramref name="current"/> to these terms is an upgrade: they cost more for the same span of
    /// time (compared per month, so a yearly plan is weighed against a monthly one fairly).
    /// </summary>
    public bool IsUpgradeFrom(PlanTerms current) =>
        (Int128)Amount * current.Interval.Months > (Int128)current.Amount * Interval.Months;
}
