using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Azora.ServiceDefaults.Persistence;

#pragma warning disable EF1001 // The provider's connection type and service are internal to EF Core.
internal static class KeptOpenSqliteConnections
{
    /// <summary>Gives a SQLite context's options the connection that stays open from lease to lease.</summary>
    public static DbContextOptionsBuilder KeepConnectionOpenFromLeaseToLease(this DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();
}

/// <summary>
/// EF Core's SQLite connection, except that a pooled context going back to its pool keeps its connection open, and
/// with it the statements prepared on it (<see cref="SqliteStatementCache"/>). EF Core closes a context's own connection
/// when it resets the context for its pool; this skips only that close. Disposing the context still closes and disposes
/// the connection, and every other close (a query's, <c>CloseConnection</c>) is EF Core's as before.
/// </summary>
/// <remarks>
/// The reset still disposes a transaction left open (SQLite rolls it back); a scope gives back its write turn before
/// that (<see cref="SqliteScopeConnection{TContext}"/>). Built on EF Core's SQLite connection type, which EF Core marks
/// internal: the package version is pinned, and the tests of the scope's connection cover this.
/// </remarks>
internal sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<Microsoft.EntityFrameworkCore.DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
#pragma warning restore EF1001
{
    private bool _resettingForPool;

    protected override void ResetState(bool disposeDbConnection)
    {
        _resettingForPool = !disposeDbConnection;
        try
        {
            base.ResetState(disposeDbConnection);
        }
        finally
        {
            _resettingForPool = false;
        }
    }

    protected override async ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        _resettingForPool = !disposeDbConnection;
        try
        {
            await base.ResetStateAsync(disposeDbConnection);
        }
        finally
        {
            _resettingForPool = false;
        }
    }

    protected override void CloseDbConnection()
    {
        if (!_resettingForPool)
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() =>
        _resettingForPool ? Task.CompletedTask : base.CloseDbConnectionAsync();
}
