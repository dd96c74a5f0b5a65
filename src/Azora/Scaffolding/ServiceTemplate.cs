using System.Text;

namespace Azora.Scaffolding;

/// <summary>
/// <c>templates/service/</c>: <c>service/</c> becomes the service project and <c>tests/</c> its test project. File names
/// and contents have their tokens replaced and lose the <c>.template</c> suffix that keeps MSBuild from compiling them.
/// </summary>
public static class ServiceTemplate
{
    public const string Folder = "templates/service";
    private const string Suffix = ".template";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files the template makes for <paramref name="blueprint"/>, as repository-relative paths and contents.</summary>
    public static IReadOnlyList<(string Path, string Content)> Expand(string root, ServiceBlueprint blueprint)
    {
        var template = Path.Combine(root, Folder);
        if (!Directory.Exists(template))
        {
            throw new DirectoryNotFoundException($"{Folder} is missing from {root}.");
        }
        return
        [
            .. ExpandPart(Path.Combine(template, "service"), blueprint.ServiceFolder, blueprint.Tokens),
            .. ExpandPart(Path.Combine(template, "tests"), blueprint.TestsFolder, blueprint.Tokens),
        ];
    }

    /// <summary>Writes the expanded files into their two new folders, which the journal removes on rollback.</summary>
    public static IReadOnlyList<string> Write(string root, ServiceBlueprint blueprint, FileJournal journal)
    {
        var files = Expand(root, blueprint);
        journal.CreateFolder(Path.Combine(root, blueprint.ServiceFolder));
        journal.CreateFolder(Path.Combine(root, blueprint.TestsFolder));
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content, Utf8);
        }
        return [.. files.Select(f => f.Path)];
    }

    private static IEnumerable<(string Path, string Content)> ExpandPart(string source, string target, IReadOnlyDictionary<string, string> tokens) =>
        Directory.GetFiles(source, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var relative = Path.GetRelativePath(source, file).Replace(Path.DirectorySeparatorChar, '/');
                if (relative.EndsWith(Suffix, StringComparison.Ordinal))
                {
                    relative = relative[..^Suffix.Length];
                }
                return ($"{target}/{Replace(relative, tokens)}", Replace(File.ReadAllText(file), tokens));
            });

    private static string Replace(string text, IReadOnlyDictionary<string, string> tokens) =>
        tokens.Aggregate(text, (current, token) => current.Replace(token.Key, token.Value, StringComparison.Ordinal));
}
