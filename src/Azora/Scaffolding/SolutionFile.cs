using System.Xml.Linq;

namespace Azora.Scaffolding;

/// <summary>
/// Adds projects to <c>Azora.slnx</c> by inserting lines, so the rest of the file keeps its layout; the result is
/// parsed again to make sure it is still a well-formed solution.
/// </summary>
public static class SolutionFile
{
    public const string Path = "Azora.slnx";

    /// <summary>Adds <paramref name="projectPath"/> to the solution folder <paramref name="folder"/> (e.g. <c>/tests/</c>), creating the folder if needed.</summary>
    public static string AddProject(string slnx, string folder, string projectPath)
    {
        var line = $"    <Project Path=\"{projectPath}\" />\n";
        var opening = $"<Folder Name=\"{folder}\">";
        var start = slnx.IndexOf(opening, StringComparison.Ordinal);
        string result;
        if (start >= 0)
        {
            var close = slnx.IndexOf("  </Folder>", start, StringComparison.Ordinal);
            result = close < 0 ? throw Malformed($"folder {folder} is not closed") : slnx.Insert(close, line);
        }
        else
        {
            // A new folder goes before the tests, or at the end.
            var tests = slnx.IndexOf("  <Folder Name=\"/tests/\">", StringComparison.Ordinal);
            var end = tests >= 0 ? tests : slnx.LastIndexOf("</Solution>", StringComparison.Ordinal);
            result = end < 0 ? throw Malformed("there is no </Solution>") : slnx.Insert(end, $"  {opening}\n{line}  </Folder>\n");
        }

        var projects = XDocument.Parse(result).Descendants("Project").Count(p => (string?)p.Attribute("Path") == projectPath);
        return projects == 1 ? result : throw Malformed($"{projectPath} would be listed {projects} times");
    }

    private static InvalidDataException Malformed(string why) => new($"{Path} is not in the expected shape: {why}.");
}
