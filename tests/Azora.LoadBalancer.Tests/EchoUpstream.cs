using System.Net;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Azora.LoadBalancer.Tests;

/// <summary>
/// A stand-in service instance that answers every path with what it received, so tests see what the gateway forwards;
/// <c>/drop</c> drops the connection instead, and is counted.
/// </summary>
internal sealed class EchoUpstream : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _dropped;

    public int Dropped => Volatile.Read(ref _dropped);

    public string Name { get; }
    public Uri Address { get; }

    private EchoUpstream(WebApplication app, string name, Uri address)
    {
        _app = app;
        Name = name;
        Address = address;
    }

    public static async Task<EchoUpstream> StartAsync(string name)
    {
        var port = FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var upstream = new EchoUpstream(app, name, new Uri($"http://127.0.0.1:{port}/"));
        app.Run(upstream.AnswerAsync);
        await app.StartAsync();
        return upstream;
    }

    private Task AnswerAsync(HttpContext context)
    {
        if (context.Request.Path == "/drop")
        {
            Interlocked.Increment(ref _dropped);
            context.Abort();
            return Task.CompletedTask;
        }
        return context.Response.WriteAsJsonAsync(new EchoedRequest(
            Name,
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record EchoedRequest(string Instance, string Method, string Path, string Query, Dictionary<string, string> Headers)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
