using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Contracts.UserService;
using Azora.Hosting;
using Azora.ServiceDefaults.Catalog;
using Azora.Testing;
using Azora.Testing.RabbitMq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Platform.Tests.Split;

/// <summary>
/// The platform as <c>azora run --split</c> runs it: a throwaway PostgreSQL and RabbitMQ, then the azora program in its own
/// process, whose self-healing-orchestrator starts every other service as a process of its own; every service on a free
/// port. Tests call it through the gateway, kill its processes, and stop and start the database and the broker.
/// </summary>
public sealed class SplitPlatform : IAsyncLifetime
{
    public const string Collection = "Split platform";

    /// <summary>The service that runs as two instances behind the gateway (<c>--replicas payment-service=2</c>).</summary>
    public const string ReplicatedServiceId = "payment-service";
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(8);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "azora-split", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, int> _ports = ServiceCatalog.Current.Implemented.ToDictionary(e => e.Id, _ => FreePorts.Next());
    private Process? _azora;

    public LocalPostgres Postgres { get; private set; } = null!;
    public LocalRabbitMq RabbitMq { get; private set; } = null!;

    /// <summary>The services behind the gateway (the gateway itself answers its own <c>/health/ready</c>).</summary>
    public IReadOnlyList<string> ServiceIds => [.. _ports.Keys.Where(id => id != ServiceCatalog.GatewayId)];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        Postgres = await LocalPostgres.StartAsync(FreePorts.Next(), durable: false);
        RabbitMq = await RabbitMqServer.StartAsync();
        _azora = StartAzora(_root, _ports, Postgres.ConnectionString, ["--replicas", $"{ReplicatedServiceId}=2"], new Dictionary<string, string>());
        await WaitUntilRoutedAsync([ServiceCatalog.GatewayId, .. ServiceIds]);
    }

    public async Task DisposeAsync()
    {
        if (_azora is { HasExited: false } azora)
        {
            // Ctrl+C's graceful path: the supervisor drains and stops every child before it exits.
            Process.Start("kill", ["-TERM", azora.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            try
            {
                await azora.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                azora.Kill(entireProcessTree: true);
            }
        }
        _azora?.Dispose();
        if (RabbitMq is not null)
        {
            await RabbitMq.DisposeAsync();
        }
        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    public Uri GatewayAddress => new($"http://127.0.0.1:{_ports[ServiceCatalog.GatewayId]}/");

    public HttpClient Gateway() => new() { BaseAddress = GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Waits until the gateway answers ready for each service: each has a ready instance in rotation.</summary>
    public async Task WaitUntilRoutedAsync(IEnumerable<string> serviceIds)
    {
        using var gateway = Gateway();
        var deadline = DateTime.UtcNow + StartPatience;
        foreach (var id in serviceIds)
        {
            while (true)
            {
                Assert.True(_azora is { HasExited: false }, $"azora run --split exited: {Log()}");
                try
                {
                    using var response = await gateway.GetAsync(id == ServiceCatalog.GatewayId ? "/health/ready" : $"/{id}/health/ready");
                    if (response.IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    // The gateway itself is not up yet.
                }
                catch (TaskCanceledException)
                {
                    // A slow answer while everything starts on a busy machine.
                }
                Assert.True(DateTime.UtcNow < deadline, $"{id} was not routed in time. {Log()}");
                await Task.Delay(500);
            }
        }
    }

    /// <summary>An account with these roles, created as `azora users add` creates one (user-service's provisioner on the platform database), signed in through the gateway.</summary>
    public async Task<Member> ProvisionedAsync(params string[] roles)
    {
        using var gateway = Gateway();
        var person = new Journey.Person(gateway);
        var configuration = new Dictionary<string, string?>
        {
            ["Azora:Database"] = "Postgres",
            ["ConnectionStrings:Postgres"] = Postgres.ConnectionString,
            ["Azora:DataDirectory"] = Path.Combine(_root, "provisioning"),
        };
        await using (var app = PlatformHost.Build([], [ServiceCatalog.UserServiceId], builder => builder.Configuration.AddInMemoryCollection(configuration)))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<IAccountProvisioner>().CreateAsync(person.Email, person.Password, roles, CancellationToken.None);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        }
        var tokens = await person.SignInAsync();
        Assert.True(tokens.Status == System.Net.HttpStatusCode.OK, tokens.Body.ToString());
        var client = Gateway();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        var me = await client.GetFromJsonAsync<JsonElement>("/user-service/api/accounts/me");
        return new Member(client, me.GetProperty("id").GetGuid());
    }

    /// <summary>What self-healing-orchestrator says about one instance, through the gateway as a platform-admin.</summary>
    public static async Task<JsonElement> ProcessAsync(Member admin, string instanceId)
    {
        var processes = await admin.Client.GetFromJsonAsync<JsonElement>("/self-healing-orchestrator/api/processes");
        return processes.EnumerateArray().Single(p => p.GetProperty("instanceId").GetString() == instanceId);
    }

    /// <summary>Runs an azora command against this platform (its ports in the environment); returns its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunCliAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "azora.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (id, port) in _ports)
        {
            start.Environment[$"Azora__Ports__{id}"] = port.ToString(CultureInfo.InvariantCulture);
        }
        start.Environment["NO_COLOR"] = "1";
        // Wide enough that no table cell wraps.
        start.Environment["COLUMNS"] = "400";
        using var cli = Process.Start(start) ?? throw new InvalidOperationException("Could not start azora.");
        var output = cli.StandardOutput.ReadToEndAsync();
        var errors = cli.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await cli.WaitForExitAsync(timeout.Token);
        return (cli.ExitCode, await output + await errors);
    }

    /// <summary>The gateway's instances (<c>GET /api/instances</c>) as a platform-admin sees them.</summary>
    public static async Task<List<JsonElement>> GatewayInstancesAsync(Member admin)
    {
        var list = await admin.Client.GetFromJsonAsync<JsonElement>("/api/instances");
        return [.. list.GetProperty("instances").EnumerateArray().Select(i => i.Clone())];
    }

    /// <summary>
    /// <c>azora run --split</c> in <paramref name="root"/> with the services on <paramref name="ports"/>, on this
    /// platform's broker and the given database, its output kept in <c>azora.log</c> and <c>azora-errors.log</c> there.
    /// </summary>
    public Process StartAzora(string root, IReadOnlyDictionary<string, int> ports, string postgres,
        IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "azora.dll"), "run", "--split",
            "--postgres", postgres, "--rabbitmq", RabbitMq.ConnectionString, "--data", Path.Combine(root, "data"),
        }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (id, port) in ports)
        {
            start.Environment[$"Azora__Ports__{id}"] = port.ToString(CultureInfo.InvariantCulture);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["NO_COLOR"] = "1";
        // The load tests send hundreds of requests a minute as one account; every process inherits these limits.
        start.Environment["Azora__Gateway__RateLimit__PermitLimit"] = "100000";
        start.Environment["Azora__RateLimit__PermitsPerMinute"] = "100000";
        // The gateway notices a dead instance within seconds and tries it again soon after it returns.
        start.Environment["Azora__Gateway__HealthChecks__Interval"] = "00:00:02";
        start.Environment["Azora__Gateway__HealthChecks__ReactivationPeriod"] = "00:00:05";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start azora run --split.");
        _ = CopyAsync(process.StandardOutput, Path.Combine(root, "azora.log"));
        _ = CopyAsync(process.StandardError, Path.Combine(root, "azora-errors.log"));
        return process;
    }

    private string Log() => Log(_root);

    /// <summary>The end of what an <c>azora run --split</c> started in <paramref name="root"/> has written.</summary>
    public static string Log(string root)
    {
        var files = new[] { "azora.log", "azora-errors.log" }.Select(name => Path.Combine(root, name)).Where(File.Exists);
        var text = string.Join("\n", files.Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }));
        return text.Length > 4000 ? text[^4000..] : text;
    }

    private static async Task CopyAsync(StreamReader from, string path)
    {
        await using var to = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        while (await from.ReadLineAsync() is { } line)
        {
            await to.WriteLineAsync(line);
        }
    }
}

/// <summary>A signed-in person calling through the gateway.</summary>
public sealed class Member(HttpClient client, Guid accountId)
{
    public HttpClient Client => client;

    public Guid AccountId => accountId;

    public async Task<JsonElement> PostAsync(string path, object? body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        return await ReadAsync(response, path);
    }

    public async Task<JsonElement> PutAsync(string path, object? body)
    {
        using var response = await client.PutAsJsonAsync(path, body);
        return await ReadAsync(response, path);
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await client.GetAsync(path);
        return await ReadAsync(response, path);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string path)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

[CollectionDefinition(SplitPlatform.Collection)]
public sealed class SplitPlatformCollection : ICollectionFixture<SplitPlatform>;
