using System.Reflection;
using System.Xml.Linq;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.Testing;

namespace Azora.Platform.Tests;

public sealed class ArchitectureTests
{
    private static IEnumerable<string> ServiceProjects() =>
        Directory.EnumerateFiles(RepositoryRoot.Combine("src", "Services"), "*.csproj", SearchOption.AllDirectories);

    private static IEnumerable<string> ProjectReferences(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(reference => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference.Attribute("Include")!.Value)));

    [Fact]
    public void No_service_project_references_another_service_project()
    {
        var services = ServiceProjects().Select(Path.GetFullPath).ToHashSet();
        Assert.NotEmpty(services);
        foreach (var project in services)
        {
            var offending = ProjectReferences(project).Where(services.Contains).ToList();
            Assert.True(offending.Count == 0, $"{Path.GetFileName(project)} references {string.Join(", ", offending.Select(Path.GetFileName))}.");
        }
    }

    [Fact]
    public void Service_projects_reference_only_the_building_blocks()
    {
        var buildingBlocks = Path.GetFullPath(RepositoryRoot.Combine("src", "BuildingBlocks")) + Path.DirectorySeparatorChar;
        foreach (var project in ServiceProjects())
        {
            Assert.All(ProjectReferences(project), reference => Assert.StartsWith(buildingBlocks, reference));
        }
    }

    [Fact]
    public void No_service_assembly_depends_on_another_service_assembly()
    {
        var serviceAssemblies = ServiceCatalog.Current.Implemented
            .Where(e => e.Project.StartsWith("src/Services/", StringComparison.Ordinal))
            .Select(e => e.AssemblyName).ToHashSet();
        foreach (var name in serviceAssemblies)
        {
            var references = Assembly.Load(name).GetReferencedAssemblies().Select(a => a.Name!).ToList();
            var others = serviceAssemblies.Where(other => other != name);
            Assert.All(others, other => Assert.DoesNotContain(other, references));
        }
    }

    [Fact]
    public void The_executable_hosts_exactly_the_implemented_services()
    {
        var executable = RepositoryRoot.Combine("src", "Azora", "Azora.csproj");
        var referenced = ProjectReferences(executable)
            .Where(path => path.Contains($"{Path.DirectorySeparatorChar}Services{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || path.Contains($"{Path.DirectorySeparatorChar}Web{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Path.GetFileNameWithoutExtension(path)!).Order().ToList();
        var implemented = ServiceCatalog.Current.Implemented.Select(e => e.AssemblyName).Order().ToList();
        Assert.Equal(implemented, referenced);
    }

    [Fact]
    public void Each_implemented_service_has_one_public_entry_point_with_its_catalog_id()
    {
        foreach (var entry in ServiceCatalog.Current.Implemented)
        {
            var entryPoints = Assembly.Load(entry.AssemblyName).GetExportedTypes()
                .Where(t => typeof(IAzoraService).IsAssignableFrom(t) && !t.IsAbstract).ToList();
            var single = Assert.Single(entryPoints);
            Assert.Equal(entry.Id, ((IAzoraService)Activator.CreateInstance(single)!).Id);
        }
    }

    [Fact]
    public void Every_project_is_in_the_solution()
    {
        var solution = XDocument.Load(RepositoryRoot.Combine("Azora.slnx"));
        var listed = solution.Descendants("Project").Select(p => Path.GetFullPath(RepositoryRoot.Combine(p.Attribute("Path")!.Value))).ToHashSet();
        var projects = new[] { "src", "tests", "bench" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryRoot.Combine(folder), "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFullPath);
        Assert.All(projects, project => Assert.Contains(project, listed));
    }
}
