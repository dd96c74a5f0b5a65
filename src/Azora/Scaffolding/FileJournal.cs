namespace Azora.Scaffolding;

/// <summary>
/// Remembers what a scaffolding run changes so that a failed run can be undone: the former content of files it
/// overwrites or deletes, and the folders it creates.
/// </summary>
public sealed class FileJournal
{
    private readonly Dictionary<string, byte[]?> _originals = new(StringComparer.Ordinal);
    private readonly List<string> _createdFolders = [];
    private readonly List<string> _foldersToSweep = [];
    /// <summary>Call before changing or deleting <paramref name="path"/>; the first call for a file wins.</summary>
    public void RememberFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (!_originals.ContainsKey(full))
        {
            _originals[full] = File.Exists(full) ? File.ReadAllBytes(full) : null;
        }
    }

    /// <summary>Remembers every file under <paramref name="folder"/>, so that files a run adds or deletes there are undone too.</summary>
    public void RememberFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            RememberCreatedFolder(folder);
            return;
        }
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            RememberFile(file);
        }
        _foldersToSweep.Add(Path.GetFullPath(folder));
    }

    /// <summary>Creates <paramref name="folder"/>, which must not exist, and removes it whole on rollback.</summary>
    public void CreateFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            throw new IOException($"{folder} already exists.");
        }
        RememberCreatedFolder(folder);
        Directory.CreateDirectory(folder);
    }

    private void RememberCreatedFolder(string folder)
    {
        // Remember the topmost missing ancestor, so that rollback leaves no empty parents behind.
        var top = new DirectoryInfo(Path.GetFullPath(folder));
        while (top.Parent is { Exists: false } parent)
        {
            top = parent;
        }
        _createdFolders.Add(top.FullName);
    }

    public void Rollback()
    {
        foreach (var folder in _createdFolders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
        foreach (var folder in _foldersToSweep.Where(Directory.Exists))
        {
            foreach (var added in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => !_originals.ContainsKey(Path.GetFullPath(f))))
            {
                File.Delete(added);
            }
        }
        foreach (var (path, content) in _originals)
        {
            if (content is null)
            {
                File.Delete(path);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, content);
            }
        }
    }
}
