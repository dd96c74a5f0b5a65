using System.Globalization;
using Azora.Deploy;
using Azora.ServiceDefaults.Catalog;

namespace Azora.Scaffolding;

/// <summary>
/// Everything `azora new service` derives from an id, a domain and a port: the names, the folders, the catalog line
/// and the template tokens. For <c>azora-demo</c> in education: <c>Azora.Demo</c> with entry point <c>DemoService</c>
/// under <c>src/Services/Education/Azora.Demo/</c>, tested by <c>tests/Azora.Demo.Tests/</c>.
/// </summary>
public sealed record ServiceBlueprint(string Id, string Domain, int Port, string Purpose)
{
    private const string PlatformPrefix = "azora-";

    /// <summary>The id without an <c>azora-</c> prefix, in PascalCase: <c>azora-demo</c> is <c>Demo</c>.</summary>
    public string Name => string.Concat(
        (Id.StartsWith(PlatformPrefix, StringComparison.Ordinal) ? Id[PlatformPrefix.Length..] : Id)
            .Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]).ToString(CultureInfo.InvariantCulture) + word[1..]));

    public string ProjectName => $"Azora.{Name}";

    public string TestsProjectName => $"{ProjectName}.Tests";

    /// <summary>The public entry point class: <c>DemoService</c>, or <c>PaymentService</c> rather than <c>PaymentServiceService</c>.</summary>
    public string EntryPoint => Name.EndsWith("Service", StringComparison.Ordinal) ? Name : Name + "Service";

    /// <summary>The PostgreSQL schema and SQLite table prefix, as the persistence defaults derive it.</summary>
    public string Schema => Id.Replace('-', '_');

    public string DomainFolder => ServiceDomains.FolderOf(Domain);

    public string ServiceFolder => $"src/Services/{DomainFolder}/{ProjectName}";

    public string TestsFolder => $"tests/{TestsProjectName}";

    public string ServiceProjectFile => $"{ServiceFolder}/{ProjectName}.csproj";

    public string TestsProjectFile => $"{TestsFolder}/{TestsProjectName}.csproj";

    public CatalogEntry CatalogEntry => new(Id, Port, Domain, ServiceFolder, Purpose, ServiceStatus.Implemented);

    public IReadOnlyDictionary<string, string> Tokens => new Dictionary<string, string>
    {
        ["__ServiceId__"] = Id,
        ["__Name__"] = Name,
        ["__EntryPoint__"] = EntryPoint,
        ["__Schema__"] = Schema,
        ["__Port__"] = Port.ToString(CultureInfo.InvariantCulture),
        ["__Domain__"] = DomainFolder,
    };

    public static string DefaultPurpose(string domain) => $"A {domain} service scaffolded from templates/service: notes for the signed-in user.";
}
