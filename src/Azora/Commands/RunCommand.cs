using System.ComponentModel;
using Azora.Hosting;
using Azora.SelfHealingOrchestrator.Supervision;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Azora.Commands;

internal sealed class RunCommand : AsyncCommand<RunCommand.Settings>
{
    internal sealed class Settings : PlatformSettings
    {
        [CommandOption("-s|--service <IDS>")]
        [Description("Comma-separated service ids to host (or the AZORA_SERVICE environment variable, as containers set it); PostgreSQL and RabbitMQ are then read from configuration.")]
        public string? Services { get; init; }

        [CommandOption("--split")]
        [Description("Run each implemented service as its own process under self-healing-orchestrator, on PostgreSQL (--postgres) and RabbitMQ (--rabbitmq).")]
        public bool Split { get; init; }

        [CommandOption("--replicas <ID=COUNT>")]
        [Description("With --split: run more instances of a service behind the gateway, e.g. --replicas azora-lms=2 (repeatable).")]
        public string[] Replicas { get; init; } = [];

        [CommandOption("--rabbitmq <CONNECTION>")]
        [Description("With --split: the RabbitMQ broker, e.g. amqp://user:password@host:5672/ (or ConnectionStrings__RabbitMq).")]
        public string? RabbitMq { get; init; }

        [CommandOption("--local-infra")]
        [Description("With --split: start a throwaway PostgreSQL and RabbitMQ from this machine's binaries for whichever is not configured; removed on exit.")]
        public bool LocalInfra { get; init; }

        public string[]? SelectedServices =>
            (Services ?? Environment.GetEnvironmentVariable("AZORA_SERVICE"))
                ?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Split)
        {
            return await SplitRun.ExecuteAsync(settings, cancellationToken);
        }
        if (settings.Replicas.Length > 0 || settings.LocalInfra || settings.RabbitMq is not null)
        {
            AnsiConsole.MarkupLine("[red]--replicas, --rabbitmq and --local-infra go with --split.[/]");
            return 2;
        }
        var only = settings.SelectedServices;
        WebApplication app;
        try
        {
            // A child of `azora run --split` stops by itself when its supervisor dies; one started by hand does not watch.
            app = PlatformHost.Build(settings.HostArguments(split: only is { Length: > 0 }), only,
                SupervisorLink.IsSupervised ? builder => builder.Services.AddHostedService<SupervisorLink>() : null);
        }
        catch (ArgumentException error)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{error.Message}[/]");
            return 2;
        }

        await AnsiConsole.Status().StartAsync("Starting Azora...", _ => app.StartAsync(cancellationToken));
        PrintListening(app, only);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    private static void PrintListening(WebApplication app, string[]? only)
    {
        var platform = app.Services.GetRequiredService<PlatformOptions>();
        var catalog = ServiceCatalog.Current;
        var hosted = ServiceModules.Select(catalog, only);
        var gateway = hosted.Any(e => e.Id == ServiceCatalog.GatewayId) ? catalog.Get(ServiceCatalog.GatewayId) : null;
        var table = new Table().AddColumns("service", "listening on", "through the gateway");
        foreach (var entry in hosted)
        {
            var direct = $"http://{platform.ListenAddress}:{platform.PortOf(entry)}";
            var routed = gateway is null ? "" : $"http://{platform.ListenAddress}:{platform.PortOf(gateway)}/{entry.Id}/";
            table.AddRow(entry.Id, direct, routed);
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(platform.Database == DatabaseProvider.Sqlite
            ? $"Data: SQLite under [bold]{Markup.Escape(Path.GetFullPath(platform.DataDirectory))}[/]. Press Ctrl+C to stop."
            : "Data: PostgreSQL. Press Ctrl+C to stop.");
    }
}
