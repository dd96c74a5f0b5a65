using Azora.Deploy;

namespace Azora.Deploy.Tests;

/// <summary>The checked-out repository these tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } = RepositoryRoot.Find(AppContext.BaseDirectory);

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Every file under a folder, as forward-slash paths relative to <paramref name="root"/>, sorted.</summary>
    public static IReadOnlyList<string> FilesUnder(string root, string folder) =>
        [.. Directory.GetFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];
}
