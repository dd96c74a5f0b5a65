using Azora.Hosting;
using Azora.SelfHealingOrchestrator.Supervision;
using Azora.ServiceDefaults.Catalog;
using Spectre.Console;

namespace Azora.Commands;

/// <summary>
/// <c>azora run --split</c>: this process hosts self-healing-orchestrator, which starts every other implemented service as
/// its own process and keeps them running. PostgreSQL and RabbitMQ come from configuration; a throwaway one is started
/// from the machine's binaries only when <c>--local-infra</c> asks for it, and said so.
/// </summary>
internal static class SplitRun
{
    public static async Task<int> ExecuteAsync(RunCommand.Settings settings, CancellationToken cancellationToken)
    {
        if (settings.SelectedServices is { Length: > 0 } && settings.Services is not null)
        {
            AnsiConsole.MarkupLine("[red]--split runs every implemented service; --service runs the ones named. Choose one.[/]");
            return 2;
        }
        var catalog = ServiceCatalog.Current;
        Dictionary<string, int> replicas;
        try
        {
            replicas = SplitLauncher.ParseReplicas(settings.Replicas, catalog);
        }
        catch (ArgumentException error)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{error.Message}[/]");
            return 2;
        }

        var postgres = settings.Postgres ?? Environment.GetEnvironmentVariable("ConnectionStrings__Postgres");
        var rabbitMq = settings.RabbitMq ?? Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq");
        if (!settings.LocalInfra && (string.IsNullOrEmpty(postgres) || string.IsNullOrEmpty(rabbitMq)))
        {
            AnsiConsole.MarkupLine("[red]Split mode runs on PostgreSQL and RabbitMQ.[/] Give --postgres and --rabbitmq (or ConnectionStrings__Postgres and " +
                "ConnectionStrings__RabbitMq), or --local-infra to start throwaway ones from this machine's binaries.");
            return 2;
        }

        LocalPostgres? localPostgres = null;
        LocalRabbitMq? localRabbitMq = null;
        try
        {
            if (string.IsNullOrEmpty(postgres))
            {
                localPostgres = await AnsiConsole.Status().StartAsync("Starting a throwaway PostgreSQL (--local-infra)...",
                    _ => LocalPostgres.StartAsync(LoopbackPorts.Free()));
                postgres = localPostgres.ConnectionString;
                AnsiConsole.MarkupLineInterpolated($"Throwaway PostgreSQL on 127.0.0.1:{localPostgres.Port}; it and its data are removed on exit.");
            }
            if (string.IsNullOrEmpty(rabbitMq))
            {
                localRabbitMq = await AnsiConsole.Status().StartAsync("Starting a throwaway RabbitMQ (--local-infra)...",
                    _ => LocalRabbitMq.StartAsync(LoopbackPorts.Free(), LoopbackPorts.Free(), LoopbackPorts.Free()));
                rabbitMq = localRabbitMq.ConnectionString;
                AnsiConsole.MarkupLineInterpolated($"Throwaway RabbitMQ on 127.0.0.1:{localRabbitMq.Port}; it and its data are removed on exit.");
            }
            return await SuperviseAsync(settings, postgres, rabbitMq, replicas, cancellationToken);
        }
        catch (InvalidOperationException error)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{error.Message}[/]");
            return 1;
        }
        finally
        {
            if (localRabbitMq is not null)
            {
                await localRabbitMq.DisposeAsync();
            }
            if (localPostgres is not null)
            {
                await localPostgres.DisposeAsync();
            }
        }
    }

    private static async Task<int> SuperviseAsync(RunCommand.Settings settings, string postgres, string rabbitMq,
        IReadOnlyDictionary<string, int> replicas, CancellationToken cancellationToken)
    {
        var logs = Path.GetFullPath(Path.Combine(settings.DataDirectory ?? Environment.GetEnvironmentVariable("Azora__DataDirectory") ?? "./data", "logs"));
        var configuration = SplitLauncher.Configuration(postgres, rabbitMq, replicas, logs);
        await using var app = PlatformHost.Build([], [SplitLauncher.OrchestratorId],
            builder => builder.Configuration.AddInMemoryCollection(configuration));
        await app.StartAsync(cancellationToken);

        var plan = app.Services.GetRequiredService<IReadOnlyList<ProcessSpec>>();
        var table = new Table().AddColumns("instance", "listening on", "started as");
        foreach (var spec in plan)
        {
            table.AddRow(spec.InstanceId, spec.Address.ToString(), Markup.Escape(string.Join(' ', spec.Arguments.TakeLast(3))));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(
            $"self-healing-orchestrator supervises these processes (logs under [bold]{logs}[/]); `azora ps` shows them. Press Ctrl+C to stop them all.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
