namespace Azora.Deploy.Tests;

/// <summary>
/// A throwaway copy of the repository files `azora new service` reads and writes: the catalog, the solution, the host
/// project, the template and the deploy folder. Nothing a test does to it touches the real checkout.
/// </summary>
internal sealed class RepositoryCopy : IDisposable
{
    private static readonly string[] Files = ["catalog.json", "Azora.slnx", "src/Azora/Azora.csproj"];
    private static readonly string[] Folders = ["templates", "deploy"];
    private readonly TempFolder _folder = new();

    public string Root => _folder.Path;

    public RepositoryCopy()
    {
        foreach (var file in Files.Concat(Folders.SelectMany(folder => Repository.FilesUnder(Repository.Root, folder))))
        {
            var target = PathOf(file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Repository.PathOf(file), target);
        }
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Every file and its bytes, to compare before and after a refused or undone run.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Repository.FilesUnder(Root, ".").ToDictionary(file => file, file => Convert.ToBase64String(File.ReadAllBytes(PathOf(file))));

    public void Dispose() => _folder.Dispose();
}
