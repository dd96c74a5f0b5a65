using Azora.Hosting;
using Azora.ServiceDefaults.Catalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Azora.Testing;

/// <summary>
/// The real <c>azora</c> host with the services a test asks for, on free loopback ports, with its own data directory.
/// Every service is reachable directly (<see cref="Client(string)"/>) and, when the gateway is hosted, through it.
/// </summary>
public sealed class TestPlatform : IAsyncDisposable
{
    private readonly Dictionary<string, int> _ports;

    public WebApplication App { get; }
    public string DataDirectory { get; }

    private readonly IReadOnlyCollection<string> _hosted;

    private TestPlatform(WebApplication app, Dictionary<string, int> ports, string dataDirectory, IReadOnlyCollection<string> hosted)
    {
        _hosted = hosted;
        App = app;
        _ports = ports;
        DataDirectory = dataDirectory;
    }

    /// <summary>
    /// Starts the given services (all implemented ones when none are named). <paramref name="configure"/> runs on the
    /// host builder before the platform registers itself, e.g. to trust a test token issuer.
    /// </summary>
    public static async Task<TestPlatform> StartAsync(
        IReadOnlyCollection<string>? services = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        string? dataDirectory = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var platform = Build(services, settings, clock, dataDirectory, configure);
        await platform.App.StartAsync();
        return platform;
    }

    /// <summary>Builds the host as <see cref="StartAsync"/> does, without starting it: nothing has run yet.</summary>
    public static TestPlatform Build(
        IReadOnlyCollection<string>? services = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        string? dataDirectory = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var catalog = ServiceCatalog.Current;
        var hosted = services is { Count: > 0 } ? services : catalog.Implemented.Select(e => e.Id).ToList();
        // Every implemented service gets a port, so addresses of peers not hosted here still resolve to nothing real.
        var ports = catalog.Implemented.ToDictionary(e => e.Id, _ => FreePorts.Next());
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "azora-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);

        var arguments = new List<string>
        {
            "--environment=Testing",
            $"--Azora:DataDirectory={dataDirectory}",
            "--Azora:RateLimit:PermitsPerMinute=100000",
            "--Logging:LogLevel:Default=Warning",
        };
        arguments.AddRange(ports.Select(p => $"--Azora:Ports:{p.Key}={p.Value}"));
        if (settings is not null)
        {
            arguments.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        }

        var app = PlatformHost.Build([.. arguments], hosted, builder =>
        {
            if (clock is not null)
            {
                builder.Services.RemoveAll<TimeProvider>();
                builder.Services.AddSingleton(clock);
            }
            configure?.Invoke(builder);
        });
        return new TestPlatform(app, ports, dataDirectory, hosted);
    }

    /// <summary>
    /// Waits until the gateway answers for every service hosted here through its own readiness route, so a journey
    /// through the gateway starts on a platform whose every route is in rotation.
    /// </summary>
    public async Task WaitUntilRoutedAsync()
    {
        using var gateway = Gateway();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        foreach (var id in _hosted.Where(id => id != ServiceCatalog.GatewayId))
        {
            while (true)
            {
                using (var response = await gateway.GetAsync(new Uri($"/{id}/health/ready", UriKind.Relative)))
                {
                    if (response.IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                if (DateTimeOffset.UtcNow > deadline)
                {
                    throw new TimeoutException($"The gateway did not route to {id} within a minute of starting.");
                }
                await Task.Delay(50);
            }
        }
    }

    public int PortOf(string serviceId) => _ports[serviceId];

    public Uri AddressOf(string serviceId) => new($"http://127.0.0.1:{PortOf(serviceId)}/");

    /// <summary>A client that calls the service on its own port.</summary>
    public HttpClient Client(string serviceId) => new() { BaseAddress = AddressOf(serviceId) };

    /// <summary>A client that calls the gateway; paths start with <c>/&lt;service-id&gt;/</c>.</summary>
    public HttpClient Gateway() => Client(ServiceCatalog.GatewayId);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner; the next run uses a fresh directory.
        }
    }
}
