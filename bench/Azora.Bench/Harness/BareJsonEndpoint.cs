using System.Net;

namespace Azora.Bench.Harness;

/// <summary>
/// The framework's limit on this machine: Kestrel answering one GET with a small fixed JSON document, with none of
/// the platform's middleware. Every HTTP figure is reported against it.
/// </summary>
public sealed class BareJsonEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareJsonEndpoint(WebApplication app, int port)
    {
        _app = app;
        Url = $"http://127.0.0.1:{port}/json";
    }

    public string Url { get; }

    public static async Task<BareJsonEndpoint> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var document = new BareDocument("A bare endpoint", ["one", "two", "three"], 42);
        app.MapGet("/json", () => TypedResults.Ok(document));
        await app.StartAsync();
        return new BareJsonEndpoint(app, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record BareDocument(string Title, IReadOnlyList<string> Items, int Count);
