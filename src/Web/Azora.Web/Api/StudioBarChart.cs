using System.Globalization;

namespace Azora.Web.Api;

/// <summary>
/// The geometry of a server-rendered SVG bar chart: one vertical bar per labelled value on a fixed scale (e.g. 0 to 100,
/// or -100 to 100 for a correlation), bars below the zero line for negative values, and no bar (a "no data" note) for a
/// value the data cannot give. Coordinates are in the SVG's own units; the page draws them (<c>BarChart.razor</c>).
/// </summary>
public sealed class StudioBarChart
{
    public const double Width = 640;
    public const double Height = 280;
    public const double Left = 48;
    public const double Right = 16;
    public const double Top = 16;
    public const double Bottom = 40;

    private StudioBarChart(double minimum, double maximum, IReadOnlyList<ChartBar> bars, IReadOnlyList<ChartTick> ticks)
    {
        Minimum = minimum;
        Maximum = maximum;
        Bars = bars;
        Ticks = ticks;
    }

    public double Minimum { get; }
    public double Maximum { get; }
    public IReadOnlyList<ChartBar> Bars { get; }
    public IReadOnlyList<ChartTick> Ticks { get; }

    public static double PlotHeight => Height - Top - Bottom;

    public double ZeroY => YOf(0);

    /// <param name="values">Label and value of each bar, in order; null where there is no value.</param>
    /// <param name="minimum">The bottom of the scale (0, or a negative number for values that can be negative).</param>
    /// <param name="maximum">The top of the scale; values beyond the scale are drawn at its edge.</param>
    public static StudioBarChart Of(IReadOnlyList<(string Label, double? Value)> values, double minimum, double maximum, double tickStep)
    {
        if (maximum <= minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), "The top of the scale is above its bottom.");
        }
        var slot = (Width - Left - Right) / Math.Max(values.Count, 1);
        var barWidth = Math.Min(slot * 0.6, 48);
        var chart = new StudioBarChart(minimum, maximum, [], []);
        var bars = values.Select((v, i) =>
        {
            var center = Left + (slot * i) + (slot / 2);
            if (v.Value is not { } value || double.IsNaN(value))
            {
                return new ChartBar(v.Label, null, center - (barWidth / 2), chart.ZeroY, barWidth, 0, center);
            }
            var clamped = Math.Clamp(value, minimum, maximum);
            var top = Math.Min(chart.YOf(clamped), chart.ZeroY);
            var height = Math.Abs(chart.YOf(clamped) - chart.ZeroY);
            return new ChartBar(v.Label, value, center - (barWidth / 2), top, barWidth, height, center);
        }).ToList();
        var ticks = new List<ChartTick>();
        for (var tick = minimum; tick <= maximum + 1e-9; tick += tickStep)
        {
            ticks.Add(new ChartTick(tick.ToString("0", CultureInfo.InvariantCulture), chart.YOf(tick)));
        }
        return new StudioBarChart(minimum, maximum, bars, ticks);
    }

    private double YOf(double value) => Top + (PlotHeight * (Maximum - Math.Clamp(value, Minimum, Maximum)) / (Maximum - Minimum));

    public static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>One bar: its label, value (null: no data) and rectangle, and the x of its centre for the label.</summary>
public sealed record ChartBar(string Label, double? Value, double X, double Y, double Width, double Height, double LabelX);

public sealed record ChartTick(string Label, double Y);
