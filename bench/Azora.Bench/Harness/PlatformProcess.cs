using System.Diagnostics;
using System.Globalization;
using Azora.ServiceDefaults.Catalog;

namespace Azora.Bench.Harness;

/// <summary>
/// <c>azora run</c> as an operator starts it, from the Release build, on its catalog ports and a data directory of its
/// own; with its cold start (process start to every implemented service ready) and its resident memory.
/// </summary>
public sealed class PlatformProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PlatformProcess(Process process, TimeSpan coldStart)
    {
        _process = process;
        ColdStart = coldStart;
    }

    public TimeSpan ColdStart { get; }

    /// <summary>Environment every platform process of the benchmark gets: load from a few clients is not abuse here.</summary>
    public static Dictionary<string, string> Environment(string dataDirectory)
    {
        var environment = new Dictionary<string, string>
        {
            ["Azora__DataDirectory"] = dataDirectory,
            ["Azora__RateLimit__PermitsPerMinute"] = "100000000",
            ["Azora__Gateway__RateLimit__PermitLimit"] = "100000000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_gcServer"] = "1",
        };
        foreach (var (name, value) in BenchPorts.Environment())
        {
            environment[name] = value;
        }
        return environment;
    }

    /// <summary>Every implemented service in one process, on its catalog port (moved by <see cref="BenchPorts.Offset"/>).</summary>
    public static Task<PlatformProcess> StartAsync(string azoraDll, string dataDirectory) =>
        StartAsync(azoraDll, ["run"], Environment(dataDirectory),
            [.. ServiceCatalog.Current.Implemented.Select(e => new Uri($"http://127.0.0.1:{BenchPorts.Of(e)}/health/ready"))]);

    /// <summary>Starts <c>azora</c> with these arguments and waits until every readiness address answers 200.</summary>
    public static async Task<PlatformProcess> StartAsync(string azoraDll, IReadOnlyList<string> arguments,
        IDictionary<string, string> environment, IReadOnlyList<Uri> readiness)
    {
        var watch = Stopwatch.StartNew();
        var process = ChildProcess.Start("dotnet", [azoraDll, .. arguments], environment);
        _ = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var pending = readiness.ToList();
        var deadline = TimeSpan.FromMinutes(2);
        while (pending.Count > 0)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"azora {string.Join(' ', arguments)} exited with {process.ExitCode} before it was ready: {await errors}");
            }
            if (watch.Elapsed > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Not ready after {deadline}: {string.Join(", ", pending)}.");
            }
            var ready = await Task.WhenAll(pending.Select(async url => (url, ok: await IsReadyAsync(http, url))));
            pending = [.. ready.Where(r => !r.ok).Select(r => r.url)];
            if (pending.Count > 0)
            {
                await Task.Delay(20);
            }
        }
        return new PlatformProcess(process, watch.Elapsed);
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, Uri url)
    {
        try
        {
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>CPU time the process has used so far, user and system, on every core.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Resident set size in MiB, from <c>/proc/&lt;pid&gt;/status</c>.</summary>
    public double ResidentMemoryMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kib = double.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kib / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host shuts down gracefully, as Ctrl+C would.
            ChildProcess.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]).WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }
}
