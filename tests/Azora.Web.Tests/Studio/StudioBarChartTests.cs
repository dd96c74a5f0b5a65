using Azora.Web.Api;

namespace Azora.Web.Tests.Studio;

/// <summary>The bar chart's geometry: bars scaled to the plot, negative bars below the zero line, no bar without a value.</summary>
public sealed class StudioBarChartTests
{
    [Fact]
    public void Bars_are_as_tall_as_their_share_of_the_scale_and_start_at_the_zero_line()
    {
        var chart = StudioBarChart.Of([("Q1", 50), ("Q2", 100), ("Q3", 0)], 0, 100, 25);

        Assert.Equal(StudioBarChart.PlotHeight / 2, chart.Bars[0].Height, 6);
        Assert.Equal(StudioBarChart.PlotHeight, chart.Bars[1].Height, 6);
        Assert.Equal(0, chart.Bars[2].Height, 6);
        Assert.All(chart.Bars, bar => Assert.Equal(chart.ZeroY, bar.Y + bar.Height, 6));
        Assert.Equal(["0", "25", "50", "75", "100"], chart.Ticks.Select(t => t.Label));
        Assert.True(chart.Bars[0].X < chart.Bars[1].X && chart.Bars[1].X < chart.Bars[2].X);
    }

    [Fact]
    public void A_negative_value_hangs_below_the_zero_line_and_a_missing_one_has_no_bar()
    {
        var chart = StudioBarChart.Of([("Q1", -50), ("Q2", null), ("Q3", 150)], -100, 100, 50);

        Assert.Equal(chart.ZeroY, chart.Bars[0].Y, 6);
        Assert.Equal(StudioBarChart.PlotHeight / 4, chart.Bars[0].Height, 6);
        Assert.Null(chart.Bars[1].Value);
        Assert.Equal(0, chart.Bars[1].Height);
        // Beyond the scale: drawn to its edge, but the value is kept for the label.
        Assert.Equal(StudioBarChart.Top, chart.Bars[2].Y, 6);
        Assert.Equal(150, chart.Bars[2].Value);
    }
}
