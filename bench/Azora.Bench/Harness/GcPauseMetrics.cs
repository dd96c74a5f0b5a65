using System.Globalization;
using System.Text.RegularExpressions;

namespace Azora.Bench.Harness;

/// <summary>
/// The platform process's garbage collections, as its <c>/metrics</c> counts them (the runtime's <c>System.Runtime</c>
/// meter): collections by the generation they collected, and the time the runtime was paused for them. Two readings
/// around a load give the pauses its requests sat through; a blocking collection holds every request in flight.
/// </summary>
public sealed partial class GcPauseMetrics
{
    private readonly Dictionary<string, double> _collections;
    private readonly double _pausedSeconds;

    private GcPauseMetrics(Dictionary<string, double> collections, double pausedSeconds)
    {
        _collections = collections;
        _pausedSeconds = pausedSeconds;
    }

    /// <summary>Reads the counters from one service's <c>/metrics</c>; every service of the process reports the same runtime.</summary>
    public static async Task<GcPauseMetrics> ReadAsync(HttpClient http, Uri metrics)
    {
        var collections = new Dictionary<string, double>(StringComparer.Ordinal);
        var paused = 0d;
        foreach (var line in (await http.GetStringAsync(metrics)).Split('\n'))
        {
            if (Collections().Match(line) is { Success: true } collected)
            {
                collections[collected.Groups["generation"].Value] = Parse(collected.Groups["value"].Value);
            }
            else if (Paused().Match(line) is { Success: true } pause)
            {
                paused = Parse(pause.Groups["value"].Value);
            }
        }
        return new GcPauseMetrics(collections, paused);
    }

    /// <summary>The collections and pauses between <paramref name="before"/> and this reading.</summary>
    public GcPauses Since(GcPauseMetrics before)
    {
        long Delta(string generation) =>
            (long)(_collections.GetValueOrDefault(generation) - before._collections.GetValueOrDefault(generation));
        return new GcPauses(Delta("gen0"), Delta("gen1"), Delta("gen2"), TimeSpan.FromSeconds(_pausedSeconds - before._pausedSeconds));
    }

    private static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^dotnet_gc_collections_total\{[^}]*gc_heap_generation=""(?<generation>gen\d)""[^}]*\}\s+(?<value>[\d.eE+-]+)")]
    private static partial Regex Collections();

    [GeneratedRegex(@"^dotnet_gc_pause_time_seconds_total(\{[^}]*\})?\s+(?<value>[\d.eE+-]+)")]
    private static partial Regex Paused();
}

/// <summary>The garbage collections of one load: how many of each generation, and the time the process was paused.</summary>
public sealed record GcPauses(long Gen0, long Gen1, long Gen2, TimeSpan Paused)
{
    public long Collections => Gen0 + Gen1 + Gen2;

    /// <summary>Mean pause of one collection, in milliseconds.</summary>
    public double MeanPauseMilliseconds => Collections > 0 ? Paused.TotalMilliseconds / Collections : 0;
}
