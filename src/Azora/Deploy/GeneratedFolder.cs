using System.Text;

namespace Azora.Deploy;

/// <summary>
/// Writes a generator's files under a root and removes files it generated before that it no longer produces
/// (a service taken out of the catalog loses its manifests). Only files matching the owned patterns are removed.
/// </summary>
public static class GeneratedFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="owned">Folders (relative to the root) and file patterns whose files are entirely generated.</param>
    public static IReadOnlyList<string> Write(string root, IReadOnlyCollection<GeneratedFile> files, IEnumerable<(string Folder, string Pattern)> owned)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content, Utf8);
            written.Add(Path.GetFullPath(path));
        }

        foreach (var (folder, pattern) in owned)
        {
            var directory = Path.Combine(root, folder.Replace('/', Path.DirectorySeparatorChar));
            if (!Directory.Exists(directory))
            {
                continue;
            }
            foreach (var stale in Directory.GetFiles(directory, pattern).Where(path => !written.Contains(Path.GetFullPath(path))))
            {
                File.Delete(stale);
            }
        }
        return [.. files.Select(f => f.RelativePath)];
    }
}
