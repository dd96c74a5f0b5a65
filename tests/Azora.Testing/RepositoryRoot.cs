namespace Azora.Testing;

/// <summary>The checkout the tests were built from: the nearest folder above the test binaries holding Azora.slnx.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Azora.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Azora.slnx was not found above " + AppContext.BaseDirectory);
    }
}
