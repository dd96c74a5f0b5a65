using System.Net;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Azora.HealthMonitor.Tests;

/// <summary>How a <see cref="ReadinessStub"/> answers <c>/health/ready</c>.</summary>
internal enum StubAnswer { Ready, Unready, Hanging, Refusing }

/// <summary>
/// A stand-in instance of a service on its own loopback port whose readiness the test sets: 200, 503, no answer at all,
/// or no listener (the connection is refused). It starts ready.
/// </summary>
internal sealed class ReadinessStub : IAsyncDisposable
{
    private readonly int _port;
    private WebApplication? _app;
    private volatile StubAnswer _answer = StubAnswer.Ready;

    private ReadinessStub(int port)
    {
        _port = port;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }

    /// <summary>The address as the monitor records it.</summary>
    public string Instance => Address.ToString();

    public static async Task<ReadinessStub> StartAsync()
    {
        var stub = new ReadinessStub(FreePorts.Next());
        await stub.ListenAsync();
        return stub;
    }

    public async Task AnswerAsync(StubAnswer answer)
    {
        _answer = answer;
        if (answer == StubAnswer.Refusing && _app is not null)
        {
            await StopListeningAsync();
        }
        else if (answer != StubAnswer.Refusing && _app is null)
        {
            await ListenAsync();
        }
    }

    private async Task ListenAsync()
    {
        // No watching of configuration files: file watchers are a scarce resource on a shared test machine.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [MonitorHarness.NoConfigurationReload] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
        var app = builder.Build();
        app.MapGet("/health/ready", AnswerReadinessAsync);
        await app.StartAsync();
        _app = app;
    }

    private async Task AnswerReadinessAsync(HttpContext context)
    {
        switch (_answer)
        {
            case StubAnswer.Hanging:
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                break;
            case StubAnswer.Unready:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsJsonAsync(new { status = "Unhealthy" });
                break;
            default:
                await context.Response.WriteAsJsonAsync(new { status = "Healthy" });
                break;
        }
    }

    private async Task StopListeningAsync()
    {
        var app = _app!;
        _app = null;
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await StopListeningAsync();
        }
    }
}
