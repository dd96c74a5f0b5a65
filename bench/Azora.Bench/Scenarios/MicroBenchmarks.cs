using System.Text.Json;
using Azora.Bench.Harness;
using Azora.Bench.Reporting;

namespace Azora.Bench.Scenarios;

/// <summary>
/// Runs the BenchmarkDotNet suite (bench/Azora.Bench.Micro) in its own processes, as BenchmarkDotNet requires, and
/// reports each benchmark as operations per second beside its class's baseline from the same run. BenchmarkDotNet's
/// short job (3 warm-ups, 3 iterations) keeps the suite to a few minutes; the ratios, not the last digit, are the point.
/// </summary>
public static class MicroBenchmarks
{
    /// <summary>Each benchmark class names its baseline method (also marked <c>Baseline = true</c>) with this prefix.</summary>
    public const string BaselinePrefix = "Baseline";

    public static async Task RunAsync(BenchContext context, string microDll)
    {
        var artifacts = Path.Combine(context.WorkDirectory, "micro");
        // Each benchmark class is built as a project of its own; on a loaded machine that takes longer than BenchmarkDotNet's 2 minutes.
        await ChildProcess.RunAsync("dotnet", [microDll, "--filter", "*", "--job", "short", "--exporters", "json", "--buildTimeout", "900", "--artifacts", artifacts]);
        foreach (var file in Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-full-compressed.json"))
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            var ran = document.RootElement.GetProperty("Benchmarks").EnumerateArray()
                .ToLookup(b => b.GetProperty("Statistics").ValueKind == JsonValueKind.Object);
            foreach (var failed in ran[false])
            {
                // BenchmarkDotNet could not build or run it; its log in the artifacts says why. The other figures stand.
                Console.Error.WriteLine($"micro: {failed.GetProperty("MethodTitle").GetString()} did not run; see the log in {artifacts}");
            }
            var benchmarks = ran[true]
                .Select(b => (Title: b.GetProperty("MethodTitle").GetString()!.Trim('\''),
                    IsBaseline: b.GetProperty("Method").GetString()!.StartsWith(BaselinePrefix, StringComparison.Ordinal),
                    OpsPerSecond: 1e9 / b.GetProperty("Statistics").GetProperty("Mean").GetDouble()))
                .ToList();
            if (!benchmarks.Any(b => b.IsBaseline))
            {
                continue;
            }
            var baseline = benchmarks.Single(b => b.IsBaseline);
            context.Report.Add(new Figure($"micro: {baseline.Title}", baseline.OpsPerSecond, "ops/s"));
            foreach (var benchmark in benchmarks.Where(b => !b.IsBaseline))
            {
                context.Report.Add(new Figure($"micro: {benchmark.Title}", benchmark.OpsPerSecond, "ops/s", baseline.Title, baseline.OpsPerSecond));
            }
        }
    }
}
