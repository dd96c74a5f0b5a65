using System.Diagnostics;
using System.Globalization;
using Azora.Testing;

namespace Azora.PaymentService.Tests.Crash;

/// <summary>
/// payment-service in a process of its own, as an operator runs it (<c>azora run --service payment-service</c>, from
/// the <c>azora</c> executable built beside these tests), on SQLite under a data directory or on a PostgreSQL database;
/// it trusts <see cref="TokenIssuer"/>'s tokens. <see cref="Kill"/> ends it the way a power cut or the OOM killer does.
/// </summary>
internal sealed class PaymentProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    private PaymentProcess(Process process, Uri address)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
        Address = address;
    }

    /// <summary>The service's base URL.</summary>
    public Uri Address { get; }

    /// <summary>Where the service keeps its data: a SQLite data directory, or a PostgreSQL connection string.</summary>
    public sealed record Storage(string? DataDirectory, string? Postgres);

    /// <summary>Starts the process and returns once its readiness check answers 200.</summary>
    public static async Task<PaymentProcess> StartAsync(Storage storage, TokenIssuer issuer)
    {
        var port = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "azora.dll"));
        foreach (var argument in new[] { "run", "--service", PaymentHost.ServiceId })
        {
            start.ArgumentList.Add(argument);
        }
        if (storage.Postgres is { } postgres)
        {
            start.ArgumentList.Add("--postgres");
            start.ArgumentList.Add(postgres);
        }
        if (storage.DataDirectory is { } directory)
        {
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(directory);
        }
        start.Environment[$"Azora__Ports__{PaymentHost.ServiceId}"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["Azora__Issuer"] = issuer.Address.AbsoluteUri;
        // Hundreds of requests from one client in a second are the drill, not abuse.
        start.Environment["Azora__RateLimit__PermitsPerMinute"] = "100000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var running = new PaymentProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await running.WaitUntilReadyAsync();
        }
        catch
        {
            await running.DisposeAsync();
            throw;
        }
        return running;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"payment-service exited with {_process.ExitCode} before it was ready: {await _errors}");
            }
            try
            {
                using var response = await http.GetAsync("health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (deadline.Elapsed > ReadyDeadline)
            {
                throw new TimeoutException($"payment-service was not ready within {ReadyDeadline}.");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally blocks; whatever was in flight is cut off where it stood.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>What the process wrote (its warnings and errors), once it has ended.</summary>
    public async Task<string> OutputAsync() => await _output + await _errors;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }
}
