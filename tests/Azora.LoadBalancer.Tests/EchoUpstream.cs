using System.Net;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Azora.LoadBalancer.Tests;

/// <summary>
/// A stand-in service instance (a real Kestrel server on a loopback port) that answers every path with what it
/// received, so tests see what the gateway forwards. <c>/drop</c> drops the connection instead, and is counted;
/// <see cref="DropAll"/> drops every request; <c>/slow</c> is held until <see cref="ReleaseSlow"/>.
/// </summary>
internal sealed class EchoUpstream : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _slowArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _slowReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _dropped;
    private int _answered;
    private bool _stopped;

    public int Dropped => Volatile.Read(ref _dropped);
    public int Answered => Volatile.Read(ref _answered);

    /// <summary>When set, every request's connection is dropped before an answer, as by a process that is failing.</summary>
    public bool DropAll { get; set; }

    public string Name { get; }
    public int Port { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>Completes when a <c>/slow</c> request has arrived here.</summary>
    public Task SlowArrived => _slowArrived.Task;

    private EchoUpstream(WebApplication app, string name, int port)
    {
        _app = app;
        Name = name;
        Port = port;
    }

    /// <summary>Starts an instance on a free port, or on <paramref name="port"/> (to bring a stopped instance back).</summary>
    public static async Task<EchoUpstream> StartAsync(string name, int? port = null)
    {
        var listenOn = port ?? FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, listenOn));
        var app = builder.Build();
        var upstream = new EchoUpstream(app, name, listenOn);
        app.Run(upstream.AnswerAsync);
        await app.StartAsync();
        return upstream;
    }

    public void ReleaseSlow() => _slowReleased.TrySetResult();

    /// <summary>Stops listening, as a killed process would: connections to its port are refused from now on.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            ReleaseSlow();
            await _app.StopAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        if (DropAll || context.Request.Path == "/drop")
        {
            Interlocked.Increment(ref _dropped);
            context.Abort();
            return;
        }
        if (context.Request.Path == "/slow")
        {
            _slowArrived.TrySetResult();
            await _slowReleased.Task;
        }
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Interlocked.Increment(ref _answered);
        await context.Response.WriteAsJsonAsync(new EchoedRequest(
            Name,
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record EchoedRequest(string Instance, string Method, string Path, string Query, Dictionary<string, string> Headers, string Body)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
