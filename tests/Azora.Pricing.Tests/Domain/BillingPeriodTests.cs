using Azora.Pricing.Domain;
using static Azora.Pricing.Tests.Domain.Plans;

namespace Azora.Pricing.Tests.Domain;

public sealed class BillingPeriodTests
{
    [Fact]
    public void A_monthly_schedule_from_31_january_renews_on_the_last_day_of_short_months_and_returns_to_the_31st()
    {
        var monthly = new BillingInterval(IntervalUnit.Month, 1);
        var anchor = At(2025, 1, 31);

        Assert.Equal(At(2025, 2, 28), monthly.PeriodStart(anchor, 1));
        Assert.Equal(At(2025, 3, 31), monthly.PeriodStart(anchor, 2));
        Assert.Equal(At(2025, 4, 30), monthly.PeriodStart(anchor, 3));
        Assert.Equal(At(2025, 5, 31), monthly.PeriodStart(anchor, 4));
    }

    [Fact]
    public void In_a_leap_year_31_january_renews_on_29_february()
    {
        Assert.Equal(At(2024, 2, 29), new BillingInterval(IntervalUnit.Month, 1).PeriodStart(At(2024, 1, 31), 1));
    }

    [Fact]
    public void A_yearly_schedule_from_29_february_renews_on_28_february_until_the_next_leap_year()
    {
        var yearly = new BillingInterval(IntervalUnit.Year, 1);
        var anchor = At(2024, 2, 29);

        Assert.Equal(At(2025, 2, 28), yearly.PeriodStart(anchor, 1));
        Assert.Equal(At(2027, 2, 28), yearly.PeriodStart(anchor, 3));
        Assert.Equal(At(2028, 2, 29), yearly.PeriodStart(anchor, 4));
    }

    [Fact]
    public void A_quarterly_schedule_counts_three_months_per_period()
    {
        Assert.Equal(At(2024, 11, 30), new BillingInterval(IntervalUnit.Month, 3).PeriodStart(At(2024, 8, 31), 1));
    }
}
