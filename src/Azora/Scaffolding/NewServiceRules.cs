using System.Text.RegularExpressions;
using Azora.Deploy;
using Azora.ServiceDefaults.Catalog;

namespace Azora.Scaffolding;

/// <summary>What a new service must satisfy before anything is written; every broken rule is reported at once.</summary>
public static partial class NewServiceRules
{
    public const int LowestPort = 1024;
    public const int HighestPort = 65535;

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    public static IReadOnlyList<string> Check(ServiceBlueprint blueprint, ServiceCatalog catalog, string root)
    {
        var problems = new List<string>();
        if (!KebabCase().IsMatch(blueprint.Id))
        {
            problems.Add($"'{blueprint.Id}' is not a valid service id: use lowercase kebab-case, e.g. azora-demo or payment-service.");
        }
        else if (!char.IsAsciiLetter(blueprint.Name[0]))
        {
            problems.Add($"'{blueprint.Id}' would make the project {blueprint.ProjectName}; the name after 'azora-' must start with a letter.");
        }
        else if (catalog.Find(blueprint.Id) is not null)
        {
            problems.Add($"'{blueprint.Id}' is already in the service catalog.");
        }
        else if (catalog.Services.FirstOrDefault(e => e.AssemblyName == blueprint.ProjectName) is { } sameProject)
        {
            problems.Add($"{blueprint.ProjectName} is already the project of '{sameProject.Id}'.");
        }

        if (blueprint.Port is < LowestPort or > HighestPort)
        {
            problems.Add($"Port {blueprint.Port} is outside {LowestPort}-{HighestPort}.");
        }
        else if (catalog.Services.FirstOrDefault(e => e.Port == blueprint.Port) is { } samePort)
        {
            problems.Add($"Port {blueprint.Port} is already used by '{samePort.Id}'.");
        }

        if (!ServiceDomains.IsKnown(blueprint.Domain))
        {
            problems.Add($"'{blueprint.Domain}' is not a domain; use one of {string.Join(", ", ServiceDomains.All)}.");
        }
        else if (problems.Count == 0)
        {
            foreach (var folder in new[] { blueprint.ServiceFolder, blueprint.TestsFolder }.Where(f => Directory.Exists(Path.Combine(root, f))))
            {
                problems.Add($"{folder} already exists.");
            }
        }
        return problems;
    }
}
