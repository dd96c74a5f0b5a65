using System.ComponentModel;
using Azora.Hosting;
using Azora.ServiceDefaults.Persistence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Azora.Commands;

internal sealed class MigrateCommand : AsyncCommand<MigrateCommand.Settings>
{
    internal sealed class Settings : PlatformSettings
    {
        [CommandOption("-s|--service <IDS>")]
        [Description("Comma-separated service ids to migrate (default: every implemented service).")]
        public string? Services { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var only = settings.Services?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await using var app = PlatformHost.Build(settings.HostArguments(), only);
        var migrators = app.Services.GetServices<IDatabaseMigrator>().ToList();

        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Applying migrations", maxValue: migrators.Count);
            foreach (var migrator in migrators)
            {
                task.Description = $"Migrating {migrator.ServiceId}";
                var applied = await migrator.MigrateAsync(cancellationToken);
                AnsiConsole.MarkupLineInterpolated(
                    $"{migrator.ServiceId}: {(applied.Count == 0 ? "up to date" : $"applied {string.Join(", ", applied)}")}");
                task.Increment(1);
            }
        });
        AnsiConsole.MarkupLineInterpolated($"[green]{migrators.Count} databases are up to date.[/]");
        return 0;
    }
}
