using System.ComponentModel;
using Azora.Deploy;
using Azora.Scaffolding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Azora.Commands;

/// <summary><c>azora new service &lt;id&gt;</c>: scaffold a service from <c>templates/service/</c> and wire it in everywhere.</summary>
internal sealed class NewServiceCommand : Command<NewServiceCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The catalog id, lowercase kebab-case (e.g. azora-demo).")]
        public string Id { get; init; } = "";

        [CommandOption("--domain <DOMAIN>")]
        [Description("education, marketplace or infrastructure.")]
        public string Domain { get; init; } = "";

        [CommandOption("--port <PORT>")]
        [Description("The service's own port, 1024-65535, not used by another catalog entry.")]
        public int Port { get; init; }

        [CommandOption("--purpose <TEXT>")]
        [Description("One line saying what the service does (shown by `azora services`).")]
        public string? Purpose { get; init; }

        [CommandOption("--root <DIR>")]
        [Description("The repository's top folder (default: the nearest folder above the current one holding Azora.slnx).")]
        public string? Root { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string root;
        try
        {
            root = RepositoryRoot.Resolve(settings.Root);
        }
        catch (DirectoryNotFoundException error)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{error.Message}[/]");
            return 2;
        }

        var blueprint = new ServiceBlueprint(
            settings.Id, settings.Domain, settings.Port, settings.Purpose ?? ServiceBlueprint.DefaultPurpose(settings.Domain));
        var scaffolder = new ServiceScaffolder(root);
        var problems = scaffolder.Check(blueprint);
        if (problems.Count > 0)
        {
            AnsiConsole.MarkupLine("[red]Nothing was written:[/]");
            foreach (var problem in problems)
            {
                AnsiConsole.MarkupLineInterpolated($"  [red]-[/] {problem}");
            }
            return 1;
        }

        try
        {
            var steps = scaffolder.Steps(blueprint);
            AnsiConsole.Progress().Start(progress =>
            {
                var tasks = steps.ToDictionary(step => step, step => progress.AddTask(Markup.Escape(step.Description), autoStart: false, maxValue: 1));
                ServiceScaffolder.Run(steps, done => tasks[done].Increment(1));
            });
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or System.Xml.XmlException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Scaffolding failed and everything it wrote was undone: {error.Message}[/]");
            return 1;
        }

        AnsiConsole.MarkupLineInterpolated($"[green]{blueprint.Id}[/] is {blueprint.ProjectName} on port {blueprint.Port}: {blueprint.ServiceFolder}, tested by {blueprint.TestsFolder}.");
        AnsiConsole.MarkupLineInterpolated($"Build and test it: dotnet test {blueprint.TestsProjectFile}");
        return 0;
    }
}
