using System.Globalization;

namespace Azora.Bench;

/// <summary>
/// What the command line chose: <c>azora-bench [--azora path] [--micro path] [--duration s] [--warm-up s] [--connections n]
/// [--out dir] [--only a,b] [--port-offset n]</c>.
/// </summary>
public sealed record BenchOptions(
    string AzoraDll, string MicroDll, TimeSpan Duration, TimeSpan WarmUp, int Connections, string OutputDirectory, IReadOnlySet<string>? Only, int PortOffset)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        var only = Value("--only", "");
        return new BenchOptions(
            Path.GetFullPath(Value("--azora", "artifacts/bench/azora/azora.dll")),
            Path.GetFullPath(Value("--micro", "artifacts/bench/micro/Azora.Bench.Micro.dll")),
            TimeSpan.FromSeconds(int.Parse(Value("--duration", "10"), CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(int.Parse(Value("--warm-up", "15"), CultureInfo.InvariantCulture)),
            int.Parse(Value("--connections", "64"), CultureInfo.InvariantCulture),
            Path.GetFullPath(Value("--out", "bench/results")),
            only.Length == 0 ? null : only.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
            int.Parse(Value("--port-offset", "0"), CultureInfo.InvariantCulture));
    }

    public bool Includes(string scenario) => Only is null || Only.Contains(scenario);
}
