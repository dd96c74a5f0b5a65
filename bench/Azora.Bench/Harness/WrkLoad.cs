using System.Globalization;
using System.Text.RegularExpressions;

namespace Azora.Bench.Harness;

/// <summary>
/// What one wrk run measured; with the CPU time the platform's process spent per request over it, when the load was on
/// the platform. The cost, with the machine's core count, bounds the rate the platform could reach with the cores to itself.
/// </summary>
public sealed record LoadResult(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Requests, long Failures)
{
    public TimeSpan? PlatformCpuPerRequest { get; init; }

    /// <summary>With a paced script (<see cref="RequestList"/>): the sends scheduled, and those sent late.</summary>
    public (long Sends, long Late)? Pacing { get; init; }

    /// <summary>The latencies, the failures and the platform's CPU per request, as the report's notes give them.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"p50 {P50Milliseconds:0.##} ms, p99 {P99Milliseconds:0.##} ms, {Failures} failed of {Requests}")
        + (PlatformCpuPerRequest is { } cpu ? string.Create(CultureInfo.InvariantCulture, $"; platform CPU {cpu.TotalMicroseconds:0} µs per request") : "")
        + (Pacing is { } pacing ? string.Create(CultureInfo.InvariantCulture, $"; {pacing.Late} of {pacing.Sends} sends late by over 1 ms") : "");

    /// <summary>Of loads of one route repeated, the one whose rate is the median (the lower middle of an even count).</summary>
    public static LoadResult Median(IReadOnlyCollection<LoadResult> loads) =>
        loads.OrderBy(load => load.RequestsPerSecond).ElementAt((loads.Count - 1) / 2);
}

/// <summary>
/// HTTP load from a second process: wrk (Debian's package) at a fixed number of connections for a fixed time, with
/// latency percentiles. A Lua script shapes requests that need a body, a token or a different path each time.
/// </summary>
public static partial class WrkLoad
{
    /// <summary>wrk's threads: one per core.</summary>
    public static int Threads => Math.Max(1, Environment.ProcessorCount);

    public static async Task<LoadResult> RunAsync(string url, int connections, TimeSpan duration, string? script = null,
        IEnumerable<string>? headers = null, CancellationToken cancellationToken = default)
    {
        var arguments = new List<string>
        {
            "-t", Math.Min(Threads, connections).ToString(CultureInfo.InvariantCulture),
            "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{(int)duration.TotalSeconds}s",
            "--timeout", "10s",
            "--latency",
        };
        if (script is not null)
        {
            arguments.AddRange(["-s", script]);
        }
        foreach (var header in headers ?? [])
        {
            arguments.AddRange(["-H", header]);
        }
        arguments.Add(url);
        var output = await ChildProcess.RunAsync("wrk", arguments, quietOrFail: true, cancellationToken: cancellationToken);
        return Parse(output);
    }

    public static LoadResult Parse(string output)
    {
        var rate = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(RequestCount().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var failures = NonSuccess().Match(output) is { Success: true } non ? long.Parse(non.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var errors = SocketErrors().Match(output);
        if (errors.Success)
        {
            failures += errors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture));
        }
        var paced = Paced().Match(output);
        return new LoadResult(rate, Percentile(output, "50"), Percentile(output, "99"), requests, failures)
        {
            Pacing = paced.Success
                ? (long.Parse(paced.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(paced.Groups[2].Value, CultureInfo.InvariantCulture))
                : null,
        };
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            _ => value * 1000,
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Paced sends: (\d+), late: (\d+)")]
    private static partial Regex Paced();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
