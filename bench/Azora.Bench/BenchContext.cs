using Azora.Bench.Harness;
using Azora.Bench.Reporting;

namespace Azora.Bench;

/// <summary>What every scenario shares in one run: the platform under test, its demo accounts and the bare baseline.</summary>
public sealed class BenchContext(BenchOptions options, BenchReport report, HttpClient gateway, string workDirectory, string dataDirectory, string password)
{
    /// <summary>The domain of the accounts <c>azora seed demo</c> creates, one per role.</summary>
    public const string DemoDomain = "demo.azora.test";

    public BenchOptions Options { get; } = options;
    public BenchReport Report { get; } = report;
    public HttpClient Gateway { get; } = gateway;
    public string WorkDirectory { get; } = workDirectory;
    public string DataDirectory { get; } = dataDirectory;
    public string DemoPassword { get; } = password;

    /// <summary>The platform process the scenarios load, whose CPU time a load counts; none for the bare endpoint.</summary>
    public PlatformProcess? Platform { get; set; }

    /// <summary>The bare Kestrel JSON endpoint's result at the run's concurrency.</summary>
    public LoadResult Bare { get; set; } = null!;

    public Task<BenchClient> SignInAsync(string role) =>
        BenchClient.SignInAsync(Gateway, $"{role}@{DemoDomain}", DemoPassword);

    /// <summary>
    /// One measured load, after a warm-up of <see cref="BenchOptions.WarmUp"/> at the same concurrency whose result is
    /// dropped: the runtime compiles a hot method again, optimised, only after it has run a while, in the background, and
    /// a run that starts cold measures that compiler too. The warm-up plays <paramref name="warmUpScript"/> when the
    /// requests can be sent only once each (a scenario then gives the warm-up requests of its own), else the same script.
    /// <paramref name="measuring"/>, when given, runs between the warm-up and the measured load. The result carries the CPU
    /// time <see cref="Platform"/> spent per request over the measured load. <paramref name="warm"/> skips the warm-up for
    /// a load that repeats one already warmed up.
    /// </summary>
    public async Task<LoadResult> LoadAsync(
        string url, string? script = null, IEnumerable<string>? headers = null, string? warmUpScript = null, Func<Task>? measuring = null,
        bool warm = false)
    {
        if (!warm && Options.WarmUp > TimeSpan.Zero)
        {
            await WrkLoad.RunAsync(url, Options.Connections, Options.WarmUp, warmUpScript ?? script, headers);
        }
        if (measuring is not null)
        {
            await measuring();
        }
        var platform = Platform;
        var cpuBefore = platform?.CpuTime();
        var result = await WrkLoad.RunAsync(url, Options.Connections, Options.Duration, script, headers);
        return platform is null || result.Requests == 0
            ? result
            : result with { PlatformCpuPerRequest = (platform.CpuTime() - cpuBefore!.Value) / result.Requests };
    }

    /// <summary>The one-process platform's SQLite writer counters, read from azora-assessment's <c>/metrics</c>.</summary>
    public Task<SqliteWriterMetrics> ReadWriterMetricsAsync() => SqliteWriterMetrics.ReadAsync(Gateway, PlatformMetrics);

    /// <summary>The one-process platform's garbage collection counters, read from azora-assessment's <c>/metrics</c>.</summary>
    public Task<GcPauseMetrics> ReadGcMetricsAsync() => GcPauseMetrics.ReadAsync(Gateway, PlatformMetrics);

    private static Uri PlatformMetrics => new($"http://127.0.0.1:{BenchPorts.Of("azora-assessment")}/metrics");
}
