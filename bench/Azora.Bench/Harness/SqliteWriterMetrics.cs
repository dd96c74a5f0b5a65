using System.Globalization;
using System.Text.RegularExpressions;

namespace Azora.Bench.Harness;

/// <summary>
/// The one-process platform's SQLite writer, as its <c>/metrics</c> counts it (the <c>Azora.Sqlite</c> meter): turns
/// taken, seconds held, seconds waited and seconds a turn took to pass to a waiting writer, by writer. Two readings
/// around a load give what the load cost the file's one writer.
/// </summary>
public sealed partial class SqliteWriterMetrics
{
    private readonly Dictionary<(string Measure, string Writer), double> _values;

    private SqliteWriterMetrics(Dictionary<(string Measure, string Writer), double> values) => _values = values;

    /// <summary>Reads the counters from one service's <c>/metrics</c>; every service of the process reports the same gate.</summary>
    public static async Task<SqliteWriterMetrics> ReadAsync(HttpClient http, Uri metrics)
    {
        var values = new Dictionary<(string, string), double>();
        foreach (var line in (await http.GetStringAsync(metrics)).Split('\n'))
        {
            if (Sample().Match(line) is { Success: true } sample)
            {
                var key = (sample.Groups["measure"].Value, Writer().Match(sample.Groups["labels"].Value).Groups[1].Value);
                values[key] = values.GetValueOrDefault(key) + double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }
        return new SqliteWriterMetrics(values);
    }

    /// <summary>What happened between <paramref name="before"/> and this reading.</summary>
    public WriterLoad Since(SqliteWriterMetrics before, TimeSpan elapsed)
    {
        double Delta(string measure, string writer) =>
            _values.GetValueOrDefault((measure, writer)) - before._values.GetValueOrDefault((measure, writer));
        var writers = _values.Keys.Select(k => k.Writer).Distinct()
            .Select(w => new WriterShare(w, Delta("turns", w), Delta("held", w), Delta("waited", w), Delta("handover", w)))
            .Where(w => w.Turns > 0)
            .OrderByDescending(w => w.HeldSeconds)
            .ToList();
        return new WriterLoad(elapsed, writers);
    }

    [GeneratedRegex(@"^azora_sqlite_write_(?<measure>turns|held|waited|handover)\w*\{(?<labels>[^}]*)\}\s+(?<value>[\d.eE+-]+)")]
    private static partial Regex Sample();

    [GeneratedRegex(@"writer=""([^""]*)""")]
    private static partial Regex Writer();
}

/// <summary>
/// One writer's part of a load: its turns, the seconds it held the file, the seconds it waited, and of those the seconds
/// between the turn's last holder giving it back and this writer running with it.
/// </summary>
public sealed record WriterShare(string Writer, double Turns, double HeldSeconds, double WaitedSeconds, double HandOverSeconds);

/// <summary>The SQLite writer over one load.</summary>
public sealed record WriterLoad(TimeSpan Elapsed, IReadOnlyList<WriterShare> Writers)
{
    /// <summary>The share of the load's time the file's one writer was held, 0 to 1.</summary>
    public double Busy => Writers.Sum(w => w.HeldSeconds) / Elapsed.TotalSeconds;

    public double Turns => Writers.Sum(w => w.Turns);

    /// <summary>The share of the load's time the file sat idle while its turn passed to a waiting writer, 0 to 1.</summary>
    public double HandingOver => Writers.Sum(w => w.HandOverSeconds) / Elapsed.TotalSeconds;

    /// <summary>Mean time a turn held the file, in milliseconds.</summary>
    public double HeldPerTurnMilliseconds => Turns > 0 ? Writers.Sum(w => w.HeldSeconds) * 1000 / Turns : 0;

    /// <summary>Each writer's turns per <paramref name="requests"/> requests of the load and the time each turn held the file, for the report.</summary>
    public string PerRequest(long requests) => string.Join(", ", Writers.Where(w => w.Turns > 0).Select(w => string.Create(CultureInfo.InvariantCulture,
        $"{w.Writer} {w.Turns / requests:0.##} ({w.HeldSeconds * 1000 / w.Turns:0.##} ms each)")));
}
