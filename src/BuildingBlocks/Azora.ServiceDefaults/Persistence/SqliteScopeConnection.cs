using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Holds a scope's SQLite context's connection open from the moment the scope leases the context, and leaves it open
/// when the scope ends, for the context's next lease (<see cref="KeptOpenSqliteConnection"/>). Left to EF Core, a context
/// takes a connection from Microsoft.Data.Sqlite's pool for every query and gives it back after, and that pool has one
/// lock for the whole process, on which every request's queries queue; and closing a connection drops the statements
/// prepared on it (<see cref="SqliteStatementCache"/>).
/// </summary>
/// <remarks>
/// <para>An open connection holds no lock on the file and no read snapshot between statements: in WAL mode a read sees
/// the database as of its own statement (or of its transaction), so a later query on the same connection sees what others
/// committed meanwhile, and checkpoints are not held back. Writes still take turns per transaction or statement
/// (<see cref="SqliteWriteGate"/>).</para>
/// <para>When the scope ends (the scope disposes this holder before the pool's lease, which it created after it), a
/// transaction left open is rolled back through EF Core, whose interceptors give its write turn back; EF Core's own reset
/// of a pooled context would roll it back without telling them. A turn still held then (a writing statement's reader
/// left open, or a rollback that failed) is given back once the connection is closed, which ends the statement.</para>
/// </remarks>
internal sealed class SqliteScopeConnection<TContext> : IDisposable, IAsyncDisposable where TContext : DbContext
{
    private readonly IRelationalConnection _connection;
    private readonly SqliteWriteGateInterceptor _gate;

    public SqliteScopeConnection(TContext context, SqliteWriteGateInterceptor gate)
    {
        context.Database.OpenConnection();
        Context = context;
        _connection = context.GetService<IRelationalConnection>();
        _gate = gate;
    }

    public TContext Context { get; }

    public void Dispose()
    {
        try
        {
            Context.Database.CurrentTransaction?.Rollback();
        }
        finally
        {
            GiveBackTurn();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Context.Database.CurrentTransaction is { } transaction)
            {
                await transaction.RollbackAsync();
            }
        }
        finally
        {
            GiveBackTurn();
        }
    }

    private void GiveBackTurn()
    {
        if (_gate.Holds(_connection.ConnectionId))
        {
            _connection.DbConnection.Close();
            _gate.ReleaseHeld(_connection.ConnectionId);
        }
    }
}
