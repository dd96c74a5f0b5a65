using System.ComponentModel;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Azora.Hosting;
using Azora.Seeding;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Azora.Commands;

/// <summary>
/// <c>azora seed demo</c>: starts the platform in this process, fills it with the demo catalog and accounts through the
/// public APIs, waits for the events that follow (catalog, completion, credential), and stops.
/// </summary>
internal sealed class SeedDemoCommand : AsyncCommand<SeedDemoCommand.Settings>
{
    internal sealed class Settings : PlatformSettings
    {
        [CommandOption("--password-stdin")]
        [Description("Read the demo accounts' password from standard input; without it a password is generated and printed.")]
        public bool PasswordFromStdin { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string password;
        if (settings.PasswordFromStdin)
        {
            password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n') ?? "";
            if (password.Length == 0)
            {
                AnsiConsole.MarkupLine("[red]No password was given on standard input.[/]");
                return 2;
            }
        }
        else
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        }

        string[] arguments = [.. settings.HostArguments(), "--Azora:RateLimit:PermitsPerMinute=100000", "--Azora:Gateway:RateLimit:PermitLimit=100000"];
        await using var app = PlatformHost.Build(arguments);
        var platform = app.Services.GetRequiredService<PlatformOptions>();
        // The gateway's configured port: the catalog's, or the one given when ports are offset.
        var gatewayPort = platform.PortOf(ServiceCatalog.Current.Get(ServiceCatalog.GatewayId));
        if (IsListening(gatewayPort))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Something already listens on port {gatewayPort}. Stop `azora run` first: seeding starts the platform itself.[/]");
            return 2;
        }

        await AnsiConsole.Status().StartAsync("Starting Azora...", _ => app.StartAsync(cancellationToken));
        using var gateway = new HttpClient { BaseAddress = platform.AddressOf(ServiceCatalog.Current.Get(ServiceCatalog.GatewayId)) };
        using var sessions = new HttpClient { BaseAddress = platform.AddressOf(ServiceCatalog.Current.Get(ServiceCatalog.SessionServiceId)) };
        var seeder = new DemoSeeder(new DemoAccounts(app.Services, sessions, gateway, password));
        try
        {
            await WaitUntilRoutedAsync(gateway, cancellationToken);
            var summary = await seeder.SeedAsync(line => AnsiConsole.MarkupLineInterpolated($"{line}"), cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"[green]Demo data ready:[/] {summary.CoursesCreated} courses published ({summary.CoursesFound} already there), {summary.ProgramsCreated} programs created ({summary.ProgramsFound} already there).");
            AnsiConsole.MarkupLineInterpolated($"Accounts: {string.Join(", ", summary.Accounts)}");
            if (!settings.PasswordFromStdin)
            {
                AnsiConsole.MarkupLineInterpolated($"Their password: [bold]{password}[/]");
            }
            return 0;
        }
        catch (SeedException error)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{error.Message}[/]");
            return 1;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The gateway routes to a service once its health checks have seen it ready.</summary>
    private static async Task WaitUntilRoutedAsync(HttpClient gateway, CancellationToken cancellationToken)
    {
        foreach (var entry in ServiceCatalog.Current.Implemented.Where(e => e.Id != ServiceCatalog.GatewayId))
        {
            await Eventually.WaitForAsync($"{entry.Id} through the gateway", async () =>
            {
                using var response = await gateway.GetAsync($"{entry.Id}/health/ready", cancellationToken);
                return response.IsSuccessStatusCode ? true : (bool?)null;
            }, TimeSpan.FromSeconds(60), cancellationToken);
        }
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
