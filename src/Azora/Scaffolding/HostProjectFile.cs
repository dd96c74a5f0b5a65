using System.Xml.Linq;

namespace Azora.Scaffolding;

/// <summary>
/// Adds a service to the <c>azora</c> executable's project, in the ItemGroup labelled "Implemented services", so that
/// the host can load its entry point. Lines are inserted so the rest of the file keeps its layout.
/// </summary>
public static class HostProjectFile
{
    public const string Path = "src/Azora/Azora.csproj";
    private const string Label = "Label=\"Implemented services";

    /// <param name="include">The reference relative to <c>src/Azora/</c>, e.g. <c>../Services/Education/Azora.Demo/Azora.Demo.csproj</c>.</param>
    public static string AddReference(string csproj, string include)
    {
        var group = csproj.IndexOf(Label, StringComparison.Ordinal);
        var close = group < 0 ? -1 : csproj.IndexOf("  </ItemGroup>", group, StringComparison.Ordinal);
        if (close < 0)
        {
            throw new InvalidDataException($"{Path} has no ItemGroup labelled \"Implemented services\".");
        }
        var result = csproj.Insert(close, $"    <ProjectReference Include=\"{include}\" />\n");

        var references = XDocument.Parse(result).Descendants("ProjectReference").Count(r => (string?)r.Attribute("Include") == include);
        return references == 1 ? result : throw new InvalidDataException($"{Path} would reference {include} {references} times.");
    }
}
