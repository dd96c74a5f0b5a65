using Azora.Hosting;
using Azora.ServiceDefaults.Catalog;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Azora.Commands;

internal sealed class ServicesCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = ServiceCatalog.Current;
        var health = await ReadinessProbe.CheckAllAsync(catalog.Implemented, cancellationToken);
        var table = new Table().AddColumns("id", "port", "domain", "status", "health");
        foreach (var entry in catalog.Services)
        {
            var status = entry.IsImplemented ? "[green]implemented[/]" : "[grey]planned[/]";
            var state = health.TryGetValue(entry.Id, out var ready) ? ready.Describe() : "";
            table.AddRow(entry.Id, entry.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Domain, status, state);
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{catalog.Services.Count} services, {catalog.Implemented.Count()} implemented.");
        return 0;
    }
}
