using Azora.Pricing.Domain;
using static Azora.Pricing.Tests.Domain.Plans;

namespace Azora.Pricing.Tests.Domain;

public sealed class SubscriptionTests
{
    private static readonly Guid Customer = Guid.CreateVersion7();

    [Fact]
    public void Starting_charges_the_first_period_from_now_for_one_interval()
    {
        var subscription = Subscription.Start(Customer, "ZA", Monthly(10_000), null, At(2024, 1, 31, 9));

        var charge = Assert.Single(subscription.NewCharges);
        Assert.Equal((ChargeKind.Period, 10_000L), (charge.Kind, charge.Amount));
        Assert.Equal(At(2024, 1, 31, 9), subscription.CurrentPeriodStart);
        Assert.Equal(At(2024, 2, 29, 9), subscription.CurrentPeriodEnd);
    }

    [Fact]
    public void An_upgrade_in_a_leap_february_credits_the_unused_seconds_of_the_old_plan_and_charges_the_new_plan_for_them()
    {
        var subscription = Subscription.Start(Customer, "ZA", Monthly(10_000), null, At(2024, 1, 31));
        subscription.NewCharges.Clear();

        // 31 Jan to 29 Feb is 29 days; on 15 Feb 14 of them are left.
        var change = subscription.ChangePlan(Monthly(20_000), At(2024, 2, 15));

        Assert.Equal(PlanChange.Upgraded, change);
        Assert.Equal(
            [(ChargeKind.ProrationCredit, -4_828L), (ChargeKind.ProrationCharge, 9_655L)],
            subscription.NewCharges.Select(c => (c.Kind, c.Amount)));
        Assert.Equal(At(2024, 2, 29), subscription.CurrentPeriodEnd);
        Assert.Equal(20_000, subscription.CurrentPeriodAmount);
    }

    [Fact]
    public void The_same_upgrade_in_a_common_february_divides_by_28_days()
    {
        var subscription = Subscription.Start(Customer, "ZA", Monthly(10_000), null, At(2025, 1, 31));
        subscription.NewCharges.Clear();

        subscription.ChangePlan(Monthly(20_000), At(2025, 2, 14));

        // 31 Jan to 28 Feb is 28 days; on 14 Feb 14 are left: exactly half.
        Assert.Equal([-5_000L, 10_000L], subscription.NewCharges.Select(c => c.Amount));
    }

    [Fact]
    public void Proration_counts_whole_seconds()
    {
        var start = At(2024, 3, 1);
        var end = At(2024, 4, 1);

        Assert.Equal(1, Proration.UnusedShare(2_678_400, start, end, end.AddSeconds(-1)));
        Assert.Equal(1, Proration.UnusedShare(2_678_400, start, end, end.AddSeconds(-1.5)));
        Assert.Equal(2_678_400, Proration.UnusedShare(2_678_400, start, end, start));
        Assert.Equal(0, Proration.UnusedShare(2_678_400, start, end, end.AddDays(1)));
    }

    [Fact]
    public void An_upgrade_to_a_yearly_plan_credits_the_month_and_starts_a_new_yearly_period_now()
    {
        var subscription = Subscription.Start(Customer, "ZA", Monthly(10_000), null, At(2024, 2, 1));
        subscription.NewCharges.Clear();

        subscription.ChangePlan(Yearly(200_000), At(2024, 2, 15, 12));

        Assert.Equal(
            [(ChargeKind.ProrationCredit, -5_000L), (ChargeKind.Period, 200_000L)],
            subscription.NewCharges.Select(c => (c.Kind, c.Amount)));
        Assert.Equal(At(2024, 2, 15, 12), subscription.CurrentPeriodStart);
        Assert.Equal(At(2025, 2, 15, 12), subscription.CurrentPeriodEnd);
    }

    [Fact]
    public void A_downgrade_waits_for_the_end_of_the_period_then_bills_the_cheaper_plan()
    {
        var basic = Monthly(5_000);
        var subscription = Subscription.Start(Customer, "ZA", Monthly(10_000), null, At(2024, 1, 31));
        subscription.NewCharges.Clear();

        Assert.Equal(PlanChange.DowngradeScheduled, subscription.ChangePlan(basic, At(2024, 2, 10)));
        Assert.Empty(subscription.NewCharges);
        Assert.Empty(subscription.CatchUp(At(2024, 2, 28, 23)));

        var renewed = subscription.CatchUp(At(2024, 2, 29));

        var charge = Assert.Single(renewed);
        Assert.Equal((basic.PlanId, 5_000L), (charge.PlanId, charge.Amount));
        Assert.Equal(At(2024, 3, 31), subscription.CurrentPeriodEnd);
        Assert.Null(subscription.ScheduledPlanId);
    }

    [Fact]
    public void A_yearly_plan_downgraded_to_monthly_starts_monthly_periods_at_the_year_end()
    {
        var subscription = Subscription.Start(Customer, "ZA", Yearly(100_000), null, At(2024, 2, 29));
        subscription.ChangePlan(Monthly(5_000), At(2024, 6, 1));

        subscription.CatchUp(At(2025, 3, 1));

        Assert.Equal(At(2025, 2, 28), subscription.CurrentPeriodStart);
        Assert.Equal(At(2025, 3, 28), subscription.CurrentPeriodEnd);
        Assert.Equal(IntervalUnit.Month, subscription.IntervalUnit);
    }

    [Fact]
    public void Catching_up_after_months_charges_every_period_once_on_the_anchor_days()
    {
        var subscription = Subscription.Start(Customer, "ZA", Monthly(1_000), null, At(2023, 12, 31));
        subscription.NewCharges.Clear();

        var charges = subscription.CatchUp(At(2024, 4, 30));

        Assert.Equal(
            [At(2024, 1, 31), At(2024, 2, 29), At(2024, 3, 31), At(2024, 4, 30)],
            charges.Select(c => c.PeriodStart));
        Assert.Empty(subscription.CatchUp(At(2024, 4, 30)));
    }

    [Fact]
    public void Cancelling_ends_the_subscription_at_the_period_end_without_charging_again()
    {
        var subscription = Subscription.Start(Customer, "ZA", Monthly(1_000), null, At(2024, 1, 31));
        subscription.NewCharges.Clear();
        subscription.CancelAtEndOfPeriod(At(2024, 2, 2));

        var charges = subscription.CatchUp(At(2024, 6, 1));

        Assert.Empty(charges);
        Assert.Equal(SubscriptionStatus.Canceled, subscription.Status);
        Assert.Equal(At(2024, 2, 29), subscription.EndedAt);
    }

    [Fact]
    public void A_repeating_coupon_discounts_exactly_its_number_of_periods()
    {
        var subscription = Subscription.Start(Customer, "ZA", Monthly(10_000), PercentOff(2_500, CouponDuration.Repeating, 2), At(2024, 1, 31));
        subscription.CatchUp(At(2024, 3, 31));

        var discounts = subscription.NewCharges.Where(c => c.Kind == ChargeKind.Discount).Select(c => (c.PeriodStart, c.Amount));

        Assert.Equal([(At(2024, 1, 31), -2_500L), (At(2024, 2, 29), -2_500L)], discounts);
        Assert.Equal(10_000, subscription.CurrentPeriodAmount);
    }

    [Fact]
    public void An_upgrade_after_a_discounted_period_credits_only_what_was_paid()
    {
        var subscription = Subscription.Start(Customer, "ZA", Monthly(10_000), PercentOff(5_000, CouponDuration.Once), At(2025, 1, 31));
        subscription.NewCharges.Clear();

        subscription.ChangePlan(Monthly(20_000), At(2025, 2, 14));

        Assert.Equal([-2_500L, 10_000L], subscription.NewCharges.Select(c => c.Amount));
    }

    [Fact]
    public void Choosing_the_current_plan_again_calls_off_a_scheduled_downgrade()
    {
        var pro = Monthly(10_000);
        var subscription = Subscription.Start(Customer, "ZA", pro, null, At(2024, 1, 1));
        subscription.ChangePlan(Monthly(5_000), At(2024, 1, 5));

        Assert.Equal(PlanChange.Unchanged, subscription.ChangePlan(pro, At(2024, 1, 6)));
        Assert.Null(subscription.ScheduledPlanId);
    }

    [Fact]
    public void A_yearly_plan_cheaper_per_month_than_a_monthly_one_is_a_downgrade()
    {
        Assert.False(Yearly(100_000).IsUpgradeFrom(Monthly(10_000)));
        Assert.True(Yearly(130_000).IsUpgradeFrom(Monthly(10_000)));
    }
}
