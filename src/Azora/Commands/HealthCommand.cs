using Azora.Hosting;
using Azora.ServiceDefaults.Catalog;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Azora.Commands;

internal sealed class HealthCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = ServiceCatalog.Current;
        var results = await ReadinessProbe.CheckAllAsync(catalog.Implemented, cancellationToken);
        var table = new Table().AddColumns("service", "ready", "detail");
        foreach (var (id, result) in results)
        {
            table.AddRow(id, result.Describe(), Markup.Escape(result.Detail));
        }
        AnsiConsole.Write(table);
        var notReady = results.Count(r => !r.Value.Ready);
        if (notReady > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{notReady} of {results.Count} services are not ready.[/]");
            return 1;
        }
        AnsiConsole.MarkupLineInterpolated($"[green]All {results.Count} services are ready.[/]");
        return 0;
    }
}
