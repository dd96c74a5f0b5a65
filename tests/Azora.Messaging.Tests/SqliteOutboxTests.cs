using Azora.ServiceDefaults.Hosting;

namespace Azora.Messaging.Tests;

/// <summary>One-process mode: the ledger's tables and Wolverine's store share the process's SQLite file.</summary>
public sealed class SqliteOutboxTests : OutboxTests, IDisposable
{
    private readonly List<string> _directories = [];

    protected override Task<PlatformOptions> NewPlatformAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "azora-tests", Guid.NewGuid().ToString("N"));
        _directories.Add(directory);
        return Task.FromResult(new PlatformOptions { DataDirectory = directory, Database = DatabaseProvider.Sqlite });
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var directory in _directories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
