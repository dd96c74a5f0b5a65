using System.Data.Common;
using Azora.ServiceDefaults.Persistence;
using Microsoft.Data.Sqlite;

namespace Azora.ServiceDefaults.Messaging;

/// <summary>
/// The connections of Wolverine's message store to the process's SQLite file, set up once per native connection as
/// EF Core's are (<see cref="SqliteConnectionSettings"/>): WAL commits without a flush each, and a short wait when
/// a service's transaction holds the file. (Wolverine's own data source would run about ten PRAGMAs on every open,
/// pooled connections included, and wait in SQLite's busy timeout, whose sleeps grow to 100 ms.)
/// </summary>
internal sealed class MessageStoreDataSource(string connectionString) : DbDataSource
{
    /// <summary>Whether the file's journal mode was set: WAL is stored in the file, so once per process is enough.</summary>
    private volatile bool _walSet;

    public override string ConnectionString => connectionString;

    protected override DbConnection CreateDbConnection() => new SqliteConnection(connectionString);

    protected override DbConnection OpenDbConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        if (!_walSet)
        {
            // The store may create the file before any service's migrations set its journal mode.
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
            _walSet = true;
        }
        SqliteConnectionSettings.Apply(connection);
        return connection;
    }

    protected override ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken = default) =>
        // Microsoft.Data.Sqlite opens synchronously whichever way it is called.
        ValueTask.FromResult(OpenDbConnection());
}
