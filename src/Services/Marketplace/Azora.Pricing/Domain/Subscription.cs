namespace Azora.Pricing.Domain;

internal enum SubscriptionStatus
{
    Active,
    Canceled,
}

internal enum PlanChange
{
    /// <summary>Applied at once, with the unused part of the old plan credited.</summary>
    Upgraded,

    /// <summary>Scheduled for the end of the current period.</summary>
    DowngradeScheduled,

    /// <summary>The subscription is already on that plan (a scheduled downgrade is called off).</summary>
    Unchanged,
}

/// <summary>
/// A customer's subscription to a plan. Periods run from a fixed anchor (see <see cref="BillingInterval"/>); each new period
/// is charged when the subscription is next read or changed after it begins, so the charges are the same whenever that
/// happens. An upgrade applies now: the unused part of what the current period cost is credited and the new plan is
/// charged for the rest of the period (or for a fresh full period when its interval differs). A downgrade, and a
/// cancellation, take effect at the period's end.
/// </summary>
internal sealed class Subscription
{
    private Subscription()
    {
    }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public string Currency { get; private set; } = "";

    /// <summary>The customer's country, which the plans' regional prices are for.</summary>
    public string Country { get; private set; } = "";

    public SubscriptionStatus Status { get; private set; }
    public Guid PlanId { get; private set; }
    /// <summary>The plan's price for the customer's country, charged every period.</summary>
    public long PlanAmount { get; private set; }
    public IntervalUnit IntervalUnit { get; private set; }
    public int IntervalCount { get; private set; }
    public DateTimeOffset AnchorAt { get; private set; }
    public int PeriodIndex { get; private set; }
    public DateTimeOffset CurrentPeriodStart { get; private set; }
    public DateTimeOffset CurrentPeriodEnd { get; private set; }

    /// <summary>What the customer is paying for the current period, after discounts: the base of an upgrade's credit.</summary>
    public long CurrentPeriodAmount { get; private set; }

    public Guid? ScheduledPlanId { get; private set; }
    public long? ScheduledPlanAmount { get; private set; }
    public IntervalUnit? ScheduledIntervalUnit { get; private set; }
    public int? ScheduledIntervalCount { get; private set; }
    public bool CancelAtPeriodEnd { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public Guid? CouponId { get; private set; }
    public int? DiscountPercentBasisPoints { get; private set; }
    public long? DiscountAmountOff { get; private set; }

    /// <summary>How many more periods the coupon's discount covers; null with a coupon means for ever.</summary>
    public int? DiscountPeriodsLeft { get; private set; }

    /// <summary>How many charges the subscription has written; the next one is numbered after it.</summary>
    public int ChargesWritten { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public Guid Version { get; private set; }

    /// <summary>The charges written since the subscription was loaded or started, for the caller to store.</summary>
    public List<SubscriptionCharge> NewCharges { get; } = [];

    public BillingInterval Interval => new(IntervalUnit, IntervalCount);

    /// <summary>Starts a subscription named <paramref name="id"/> when given (a new time-ordered id otherwise).</summary>
    public static Subscription Start(Guid customerId, string country, PlanTerms plan, Coupon? coupon, DateTimeOffset now, Guid? id = null)
    {
        var subscription = new Subscription
        {
            Id = id ?? Guid.CreateVersion7(now),
            CustomerId = customerId,
            Country = country,
            Currency = plan.Currency,
            Status = SubscriptionStatus.Active,
            CreatedAt = now,
        };
        if (coupon is not null)
        {
            subscription.CouponId = coupon.Id;
            subscription.DiscountPercentBasisPoints = coupon.PercentOffBasisPoints;
            subscription.DiscountAmountOff = coupon.AmountOffIn(plan.Currency);
            subscription.DiscountPeriodsLeft = coupon.PeriodsCovered;
        }
        subscription.BeginSchedule(plan, now);
        subscription.Touch(now);
        return subscription;
    }

    /// <summary>
    /// Brings the subscription up to <paramref name="now"/>: every period that has begun since is charged, a scheduled
    /// downgrade takes effect, and a cancellation at the period's end ends it. Returns the charges written.
    /// </summary>
    public IReadOnlyList<SubscriptionCharge> CatchUp(DateTimeOffset now)
    {
        var written = NewCharges.Count;
        while (Status == SubscriptionStatus.Active && now >= CurrentPeriodEnd)
        {
            var boundary = CurrentPeriodEnd;
            if (CancelAtPeriodEnd)
            {
                Status = SubscriptionStatus.Canceled;
                EndedAt = boundary;
                break;
            }
            if (ScheduledPlanId is { } next)
            {
                var scheduled = new PlanTerms(next, Currency, ScheduledPlanAmount!.Value, new BillingInterval(ScheduledIntervalUnit!.Value, ScheduledIntervalCount!.Value));
                ClearSchedule();
                if (scheduled.Interval == Interval)
                {
                    PlanId = next;
                    PlanAmount = scheduled.Amount;
                    NextPeriod();
                }
                else
                {
                    BeginSchedule(scheduled, boundary);
                }
            }
            else
            {
                NextPeriod();
            }
        }
        if (NewCharges.Count > written)
        {
            Touch(now);
        }
        return NewCharges.Skip(written).ToList();
    }

    /// <summary>Moves to <paramref name="plan"/> (in the subscription's currency) as of <paramref name="now"/>; call <see cref="CatchUp"/> first.</summary>
    public PlanChange ChangePlan(PlanTerms plan, DateTimeOffset now)
    {
        if (plan.PlanId == PlanId)
        {
            // Choosing the current plan again keeps it, calling off any downgrade scheduled.
            ClearSchedule();
            Touch(now);
            return PlanChange.Unchanged;
        }
        if (!plan.IsUpgradeFrom(new PlanTerms(PlanId, Currency, PlanAmount, Interval)))
        {
            ScheduledPlanId = plan.PlanId;
            ScheduledPlanAmount = plan.Amount;
            ScheduledIntervalUnit = plan.Interval.Unit;
            ScheduledIntervalCount = plan.Interval.Count;
            Touch(now);
            return PlanChange.DowngradeScheduled;
        }

        ClearSchedule();
        var credit = Proration.UnusedShare(CurrentPeriodAmount, CurrentPeriodStart, CurrentPeriodEnd, now);
        NewCharges.Add(SubscriptionCharge.Write(Id, ++ChargesWritten, ChargeKind.ProrationCredit, PlanId, -credit, now, CurrentPeriodEnd, now));
        if (plan.Interval == Interval)
        {
            var charge = Proration.UnusedShare(plan.Amount, CurrentPeriodStart, CurrentPeriodEnd, now);
            NewCharges.Add(SubscriptionCharge.Write(Id, ++ChargesWritten, ChargeKind.ProrationCharge, plan.PlanId, charge, now, CurrentPeriodEnd, now));
            PlanId = plan.PlanId;
            PlanAmount = plan.Amount;
            CurrentPeriodAmount = plan.Amount;
        }
        else
        {
            BeginSchedule(plan, now);
        }
        Touch(now);
        return PlanChange.Upgraded;
    }

    /// <summary>Ends the subscription when the current period ends; nothing more is charged.</summary>
    public void CancelAtEndOfPeriod(DateTimeOffset now)
    {
        CancelAtPeriodEnd = true;
        ClearSchedule();
        Touch(now);
    }

    private void BeginSchedule(PlanTerms plan, DateTimeOffset anchor)
    {
        PlanId = plan.PlanId;
        PlanAmount = plan.Amount;
        IntervalUnit = plan.Interval.Unit;
        IntervalCount = plan.Interval.Count;
        AnchorAt = anchor;
        PeriodIndex = -1;
        NextPeriod();
    }

    private void NextPeriod()
    {
        PeriodIndex++;
        CurrentPeriodStart = Interval.PeriodStart(AnchorAt, PeriodIndex);
        CurrentPeriodEnd = Interval.PeriodStart(AnchorAt, PeriodIndex + 1);
        NewCharges.Add(SubscriptionCharge.Write(Id, ++ChargesWritten, ChargeKind.Period, PlanId, PlanAmount, CurrentPeriodStart, CurrentPeriodEnd, CurrentPeriodStart));
        var discount = TakeDiscount(PlanAmount);
        if (discount > 0)
        {
            NewCharges.Add(SubscriptionCharge.Write(Id, ++ChargesWritten, ChargeKind.Discount, PlanId, -discount, CurrentPeriodStart, CurrentPeriodEnd, CurrentPeriodStart));
        }
        CurrentPeriodAmount = PlanAmount - discount;
    }

    private long TakeDiscount(long amount)
    {
        if (CouponId is null || DiscountPeriodsLeft == 0)
        {
            return 0;
        }
        if (DiscountPeriodsLeft is { } left)
        {
            DiscountPeriodsLeft = left - 1;
        }
        return DiscountPercentBasisPoints is { } basisPoints
            ? Money.Proportion(amount, basisPoints, Coupon.MaxBasisPoints)
            : Math.Min(amount, DiscountAmountOff ?? 0);
    }

    private void ClearSchedule()
    {
        ScheduledPlanId = null;
        ScheduledPlanAmount = null;
        ScheduledIntervalUnit = null;
        ScheduledIntervalCount = null;
    }

    private void Touch(DateTimeOffset now) => Version = Guid.CreateVersion7(now);
}
