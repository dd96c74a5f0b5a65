using System.Xml.Linq;
using Azora.Deploy.Compose;
using Azora.Scaffolding;
using Azora.ServiceDefaults.Catalog;
using k8s;
using k8s.Models;

namespace Azora.Deploy.Tests;

public sealed class ServiceGeneratorTests
{
    // An id and port no catalog line uses, so these tests also pass in a checkout where azora-demo was generated.
    private const string ProbeId = "azora-generator-probe";
    private static readonly int ProbePort = Enumerable.Range(3190, 100).First(port => ServiceCatalog.Current.Services.All(e => e.Port != port));
    private static readonly ServiceBlueprint Probe = new(ProbeId, "education", ProbePort, "Generator probe.");

    [Theory]
    [InlineData("user-service", "infrastructure", "3199", "'user-service' is already in the service catalog.")]
    [InlineData(ProbeId, "education", "3306", "Port 3306 is already used by 'user-service'.")]
    [InlineData("Azora_Probe", "education", "3199", "'Azora_Probe' is not a valid service id")]
    [InlineData("azora--probe", "education", "3199", "'azora--probe' is not a valid service id")]
    [InlineData(ProbeId, "finance", "3199", "'finance' is not a domain")]
    [InlineData(ProbeId, "education", "80", "Port 80 is outside 1024-65535.")]
    [InlineData(ProbeId, "education", "70000", "Port 70000 is outside 1024-65535.")]
    public async Task The_command_refuses_a_bad_service_with_a_clear_message_and_writes_nothing(string id, string domain, string port, string message)
    {
        using var repository = new RepositoryCopy();
        var before = repository.Snapshot();

        var (exitCode, output) = await AzoraCli.RunAsync("new", "service", id, "--domain", domain, "--port", port, "--root", repository.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("Nothing was written", output, StringComparison.Ordinal);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Equal(before, repository.Snapshot());
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        using var repository = new RepositoryCopy();

        var problems = new ServiceScaffolder(repository.Root).Check(new ServiceBlueprint("Bad Name", "finance", 3306, ""));

        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void A_step_that_fails_undoes_everything_written_before_it()
    {
        using var repository = new RepositoryCopy();
        // Without its "Implemented services" group the host project cannot take the reference: the fourth step fails
        // after the template, the catalog and the solution were written.
        File.WriteAllText(repository.PathOf("src/Azora/Azora.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n</Project>\n");
        var before = repository.Snapshot();
        var scaffolder = new ServiceScaffolder(repository.Root);
        var completed = new List<string>();

        Assert.Throws<InvalidDataException>(() => scaffolder.TryScaffold(Probe, step => completed.Add(step.Description)));

        Assert.Equal(3, completed.Count);
        Assert.Equal(before, repository.Snapshot());
        Assert.False(Directory.Exists(repository.PathOf("src/Services/Education")));
        Assert.False(Directory.Exists(repository.PathOf("tests")));
    }

    [Fact]
    public void A_new_service_gets_its_project_tests_catalog_line_solution_entries_and_host_reference()
    {
        using var repository = new RepositoryCopy();

        var problems = new ServiceScaffolder(repository.Root).TryScaffold(Probe);

        Assert.Empty(problems);
        foreach (var file in new[]
        {
            "src/Services/Education/Azora.GeneratorProbe/Azora.GeneratorProbe.csproj",
            "src/Services/Education/Azora.GeneratorProbe/GeneratorProbeService.cs",
            "src/Services/Education/Azora.GeneratorProbe/Domain/Note.cs",
            "src/Services/Education/Azora.GeneratorProbe/Features/Notes/CreateNote.cs",
            "src/Services/Education/Azora.GeneratorProbe/Features/Notes/ListNotes.cs",
            "src/Services/Education/Azora.GeneratorProbe/Data/GeneratorProbeDbContext.cs",
            "src/Services/Education/Azora.GeneratorProbe/Data/Migrations/Sqlite/GeneratorProbeSqliteContextModelSnapshot.cs",
            "src/Services/Education/Azora.GeneratorProbe/Data/Migrations/Postgres/GeneratorProbePostgresContextModelSnapshot.cs",
            "tests/Azora.GeneratorProbe.Tests/Azora.GeneratorProbe.Tests.csproj",
            "tests/Azora.GeneratorProbe.Tests/NotesApiTests.cs",
        })
        {
            Assert.True(File.Exists(repository.PathOf(file)), $"{file} was not generated");
        }
        var generated = Repository.FilesUnder(repository.Root, "src").Concat(Repository.FilesUnder(repository.Root, "tests"))
            .Where(file => file != "src/Azora/Azora.csproj")
            .ToList();
        Assert.All(generated, file => Assert.DoesNotContain(".template", file, StringComparison.Ordinal));
        Assert.All(generated, file => Assert.DoesNotContain("__", repository.Read(file), StringComparison.Ordinal));
        Assert.Contains("public sealed class GeneratorProbeService : IAzoraService", repository.Read("src/Services/Education/Azora.GeneratorProbe/GeneratorProbeService.cs"), StringComparison.Ordinal);
        Assert.Contains($"public string Id => \"{ProbeId}\";", repository.Read("src/Services/Education/Azora.GeneratorProbe/GeneratorProbeService.cs"), StringComparison.Ordinal);

        var entry = ServiceCatalog.Parse(repository.Read("catalog.json")).Find(ProbeId);
        Assert.Equal(new CatalogEntry(ProbeId, ProbePort, "education", "src/Services/Education/Azora.GeneratorProbe", "Generator probe.", ServiceStatus.Implemented), entry);

        var solution = XDocument.Parse(repository.Read("Azora.slnx"));
        Assert.Single(solution.Descendants("Project"), p => (string?)p.Attribute("Path") == "src/Services/Education/Azora.GeneratorProbe/Azora.GeneratorProbe.csproj"
            && (string?)p.Parent!.Attribute("Name") == "/src/Services/Education/");
        Assert.Single(solution.Descendants("Project"), p => (string?)p.Attribute("Path") == "tests/Azora.GeneratorProbe.Tests/Azora.GeneratorProbe.Tests.csproj"
            && (string?)p.Parent!.Attribute("Name") == "/tests/");

        var host = XDocument.Parse(repository.Read("src/Azora/Azora.csproj"));
        var implemented = Assert.Single(host.Descendants("ItemGroup"), g => ((string?)g.Attribute("Label"))?.StartsWith("Implemented services", StringComparison.Ordinal) == true);
        Assert.Contains(implemented.Elements("ProjectReference"), r => (string?)r.Attribute("Include") == "../Services/Education/Azora.GeneratorProbe/Azora.GeneratorProbe.csproj");
    }

    [Fact]
    public void A_new_service_appears_in_the_regenerated_compose_files_and_kubernetes_base()
    {
        using var repository = new RepositoryCopy();

        new ServiceScaffolder(repository.Root).TryScaffold(Probe);

        foreach (var stack in new[] { "education", ComposeGenerator.AllServices })
        {
            var service = ComposeYaml.Deserialize(repository.Read(ComposeGenerator.FileName(stack))).Services[ProbeId];
            Assert.Equal(new PortMapping(ProbePort, ProbePort), Assert.Single(service.Ports!));
            Assert.Equal(ProbeId, service.Environment["AZORA_SERVICE"]);
        }
        Assert.DoesNotContain(ProbeId, ComposeYaml.Deserialize(repository.Read(ComposeGenerator.FileName("marketplace"))).Services.Keys);

        var manifests = KubernetesYaml.LoadAllFromString(repository.Read($"deploy/k8s/base/{ProbeId}.yaml"));
        Assert.Equal(ProbePort, Assert.Single(manifests.OfType<V1Service>()).Spec.Ports.Single().Port);
        Assert.Equal(ProbeId, Assert.Single(manifests.OfType<V1Deployment>()).Metadata.Name);
        Assert.Contains($"  - {ProbeId}.yaml", repository.Read("deploy/k8s/base/kustomization.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_holds_no_file_msbuild_would_compile_and_the_solution_does_not_name_it()
    {
        var files = Repository.FilesUnder(Repository.Root, ServiceTemplate.Folder);

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(file.EndsWith(".template", StringComparison.Ordinal) || file.EndsWith(".md", StringComparison.Ordinal), file));
        Assert.DoesNotContain("templates/", Repository.Read("Azora.slnx"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("azora-demo", "Demo", "DemoService", "azora_demo")]
    [InlineData("payment-service", "PaymentService", "PaymentService", "payment_service")]
    [InlineData("azora-ai-tutor", "AiTutor", "AiTutorService", "azora_ai_tutor")]
    [InlineData("ledger2", "Ledger2", "Ledger2Service", "ledger2")]
    public void Names_are_derived_from_the_id(string id, string name, string entryPoint, string schema)
    {
        var blueprint = new ServiceBlueprint(id, "marketplace", 3999, "");

        Assert.Equal(name, blueprint.Name);
        Assert.Equal(entryPoint, blueprint.EntryPoint);
        Assert.Equal(schema, blueprint.Schema);
        Assert.Equal($"src/Services/Marketplace/Azora.{name}", blueprint.ServiceFolder);
        Assert.Equal($"tests/Azora.{name}.Tests/Azora.{name}.Tests.csproj", blueprint.TestsProjectFile);
    }
}
