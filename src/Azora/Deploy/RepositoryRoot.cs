namespace Azora.Deploy;

/// <summary>The folder holding <c>Azora.slnx</c>: where the catalog, the solution and <c>deploy/</c> live.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "Azora.slnx";

    /// <summary>Walks up from <paramref name="start"/> to the first folder containing the solution file.</summary>
    public static string Find(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No {SolutionFile} in {start} or any folder above it; run from inside the repository or pass --root.");
    }

    /// <summary>The folder named by <c>--root</c>, which must hold the solution file, or the one found from the current directory.</summary>
    public static string Resolve(string? root)
    {
        if (root is null)
        {
            return Find(Directory.GetCurrentDirectory());
        }
        var full = Path.GetFullPath(root);
        return File.Exists(Path.Combine(full, SolutionFile))
            ? full
            : throw new DirectoryNotFoundException($"{full} has no {SolutionFile}; --root must name the repository's top folder.");
    }
}
