using Azora.ServiceDefaults.Persistence;
using Microsoft.Data.Sqlite;

namespace Azora.Messaging.Tests;

/// <summary>A data directory of one test's own for the SQLite file; disposed, its pooled connections and it are gone.</summary>
internal sealed class SqliteTestDirectory : IDisposable
{
    public SqliteTestDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "azora-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The connection string of the platform's SQLite file in this directory.</summary>
    public string ConnectionString => DatabaseLocation.SqliteConnectionString(Path);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
