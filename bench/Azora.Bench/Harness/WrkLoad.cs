using System.Globalization;
using System.Text.RegularExpressions;

namespace Azora.Bench.Harness;

/// <summary>What one wrk run measured.</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Requests, long Failures);

/// <summary>
/// HTTP load from a second process: wrk (Debian's package) at a fixed number of connections for a fixed time, with
/// latency percentiles. A Lua script shapes requests that need a body, a token or a different path each time.
/// </summary>
public static partial class WrkLoad
{
    public static async Task<LoadResult> RunAsync(string url, int connections, TimeSpan duration, string? script = null,
        IEnumerable<string>? headers = null, CancellationToken cancellationToken = default)
    {
        var arguments = new List<string>
        {
            "-t", Math.Min(Environment.ProcessorCount, connections).ToString(CultureInfo.InvariantCulture),
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
        var output = await ChildProcess.RunAsync("wrk", arguments, cancellationToken: cancellationToken);
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
        return new LoadResult(rate, Percentile(output, "50"), Percentile(output, "99"), requests, failures);
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

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
