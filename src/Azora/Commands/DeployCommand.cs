using System.ComponentModel;
using Azora.Deploy;
using Azora.ServiceDefaults.Catalog;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Azora.Commands;

/// <summary><c>azora deploy compose|k8s</c>: regenerate the deploy files from the repository's catalog.</summary>
internal abstract class DeployCommand : Command<DeployCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--root <DIR>")]
        [Description("The repository's top folder (default: the nearest folder above the current one holding Azora.slnx).")]
        public string? Root { get; init; }
    }

    protected abstract IReadOnlyList<string> Write(string root, ServiceCatalog catalog);

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

        var written = Write(root, DeployFiles.ReadCatalog(root));
        foreach (var path in written)
        {
            AnsiConsole.MarkupLineInterpolated($"wrote [bold]{path}[/]");
        }
        return 0;
    }
}

internal sealed class DeployComposeCommand : DeployCommand
{
    protected override IReadOnlyList<string> Write(string root, ServiceCatalog catalog) => DeployFiles.WriteCompose(root, catalog);
}

internal sealed class DeployK8sCommand : DeployCommand
{
    protected override IReadOnlyList<string> Write(string root, ServiceCatalog catalog) => DeployFiles.WriteKubernetes(root, catalog);
}
