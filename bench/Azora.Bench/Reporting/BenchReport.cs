using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Azora.Bench.Reporting;

/// <summary>
/// One measured figure beside the baseline it is judged against, measured in the same run. <see cref="Ratio"/> is
/// value / baseline; a target is met when the ratio (or, with no baseline, the value) is on the right side of it.
/// </summary>
public sealed record Figure(
    string Name,
    double Value,
    string Unit,
    string? Baseline = null,
    double? BaselineValue = null,
    string? Target = null,
    bool? Met = null,
    string? Note = null)
{
    public double? Ratio => BaselineValue is > 0 ? Value / BaselineValue : null;
}

/// <summary>The run's figures, written as <c>bench/results/latest.md</c> (a table) and <c>latest.json</c>.</summary>
public sealed class BenchReport(string command, string commit)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly List<Figure> _figures = [];

    public IReadOnlyList<Figure> Figures => _figures;

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        Console.WriteLine($"{figure.Name}: {Format(figure.Value)} {figure.Unit}"
            + (figure.Ratio is { } ratio ? $" ({Format(ratio)} x {figure.Baseline})" : "")
            + (figure.Met is { } met ? (met ? " [target met]" : " [target missed]") : ""));
    }

    public async Task WriteAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        var machine = new
        {
            cores = Environment.ProcessorCount,
            os = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        };
        var measuredAt = DateTimeOffset.UtcNow;
        await File.WriteAllTextAsync(Path.Combine(directory, "latest.json"),
            JsonSerializer.Serialize(new { command, commit, measuredAt, machine, figures = _figures.Select(f => new { f.Name, f.Value, f.Unit, f.Baseline, f.BaselineValue, f.Ratio, f.Target, f.Met, f.Note }) }, Json));

        var md = new StringBuilder();
        md.AppendLine("# Azora benchmark: latest run").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{command}`");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Commit: `{commit}`");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Measured: {measuredAt:yyyy-MM-dd HH:mm} UTC on {machine.cores} cores, {machine.os}, {machine.runtime}");
        md.AppendLine().AppendLine("| figure | value | baseline (same run) | baseline value | ratio | target | met |");
        md.AppendLine("| --- | ---: | --- | ---: | ---: | --- | --- |");
        foreach (var f in _figures)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Name} | {Format(f.Value)} {f.Unit} | {f.Baseline ?? ""} | {(f.BaselineValue is { } b ? Format(b) : "")} | {(f.Ratio is { } r ? Format(r) : "")} | {f.Target ?? ""} | {f.Met switch { true => "yes", false => "**no**", null => "" }} |");
        }
        var notes = _figures.Where(f => f.Note is not null).ToList();
        if (notes.Count > 0)
        {
            md.AppendLine().AppendLine("Notes:").AppendLine();
            foreach (var f in notes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {f.Name}: {f.Note}");
            }
        }
        await File.WriteAllTextAsync(Path.Combine(directory, "latest.md"), md.ToString());
    }

    private static string Format(double value) =>
        value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
