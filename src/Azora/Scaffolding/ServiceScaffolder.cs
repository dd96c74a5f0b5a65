using System.Text;
using Azora.Deploy;
using Azora.ServiceDefaults.Catalog;

namespace Azora.Scaffolding;

/// <summary>One thing `azora new service` does to the repository; what it changes goes into the journal first.</summary>
public sealed record ScaffoldStep(string Description, Action<FileJournal> Apply);

/// <summary>
/// Adds a service to the repository at <paramref name="root"/>: its project and tests from the template, its catalog
/// line, its place in the solution and the host, and the regenerated deploy files. All of it or none of it.
/// </summary>
public sealed class ServiceScaffolder(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Root { get; } = root;

    /// <summary>The reasons the service cannot be added; empty when it can. Writes nothing.</summary>
    public IReadOnlyList<string> Check(ServiceBlueprint blueprint) =>
        NewServiceRules.Check(blueprint, DeployFiles.ReadCatalog(Root), Root);

    /// <summary>Checks, then scaffolds; returns the reasons it refused (having written nothing), or none when it is done.</summary>
    public IReadOnlyList<string> TryScaffold(ServiceBlueprint blueprint, Action<ScaffoldStep>? done = null)
    {
        var problems = Check(blueprint);
        if (problems.Count == 0)
        {
            Run(Steps(blueprint), done);
        }
        return problems;
    }

    public IReadOnlyList<ScaffoldStep> Steps(ServiceBlueprint blueprint) =>
    [
        new($"Copy {ServiceTemplate.Folder} to {blueprint.ServiceFolder} and {blueprint.TestsFolder}",
            journal => ServiceTemplate.Write(Root, blueprint, journal)),
        new($"Add {blueprint.Id} to {DeployFiles.CatalogFile}",
            journal => Rewrite(journal, DeployFiles.CatalogFile, json => WithEntry(ServiceCatalog.Parse(json), blueprint.CatalogEntry).ToJson())),
        new($"Add both projects to {SolutionFile.Path}",
            journal => Rewrite(journal, SolutionFile.Path, slnx => SolutionFile.AddProject(
                SolutionFile.AddProject(slnx, $"/src/Services/{blueprint.DomainFolder}/", blueprint.ServiceProjectFile),
                "/tests/",
                blueprint.TestsProjectFile))),
        new($"Reference {blueprint.ProjectName} from {HostProjectFile.Path}",
            journal => Rewrite(journal, HostProjectFile.Path, csproj => HostProjectFile.AddReference(
                csproj, $"../Services/{blueprint.DomainFolder}/{blueprint.ProjectName}/{blueprint.ProjectName}.csproj"))),
        new("Regenerate deploy/compose",
            journal => Regenerate(journal, DeployFiles.WriteCompose)),
        new("Regenerate deploy/k8s",
            journal => Regenerate(journal, DeployFiles.WriteKubernetes)),
    ];

    /// <summary>Applies every step in order; if one fails, undoes what the earlier ones wrote and rethrows.</summary>
    public static void Run(IReadOnlyList<ScaffoldStep> steps, Action<ScaffoldStep>? done = null)
    {
        var journal = new FileJournal();
        try
        {
            foreach (var step in steps)
            {
                step.Apply(journal);
                done?.Invoke(step);
            }
        }
        catch
        {
            journal.Rollback();
            throw;
        }
    }

    /// <summary>The catalog with <paramref name="entry"/> after the last service of its domain.</summary>
    public static ServiceCatalog WithEntry(ServiceCatalog catalog, CatalogEntry entry)
    {
        var services = catalog.Services.ToList();
        var lastOfDomain = services.FindLastIndex(e => e.Domain == entry.Domain);
        services.Insert(lastOfDomain < 0 ? services.Count : lastOfDomain + 1, entry);
        return new ServiceCatalog(services);
    }

    private void Rewrite(FileJournal journal, string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(Root, relativePath);
        var updated = change(File.ReadAllText(path));
        journal.RememberFile(path);
        File.WriteAllText(path, updated, Utf8);
    }

    private void Regenerate(FileJournal journal, Func<string, ServiceCatalog, IReadOnlyList<string>> write)
    {
        journal.RememberFolder(Path.Combine(Root, "deploy"));
        write(Root, DeployFiles.ReadCatalog(Root));
    }
}
