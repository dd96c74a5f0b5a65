using Microsoft.EntityFrameworkCore;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Holds a scope's SQLite context's connection open from the moment the scope leases the context until the scope ends.
/// Left to EF Core, a context takes a connection from Microsoft.Data.Sqlite's pool for every query and gives it back
/// after, and that pool has one lock for the whole process, on which every request's queries queue.
/// </summary>
/// <remarks>
/// <para>An open connection holds no lock on the file and no read snapshot between statements: in WAL mode a read sees
/// the database as of its own statement (or of its transaction), so a later query on the same connection sees what others
/// committed meanwhile, and checkpoints are not held back. Writes still take turns per transaction or statement
/// (<see cref="SqliteWriteGate"/>).</para>
/// <para>The connection is closed through EF Core, before the context goes back to its pool (the scope disposes this
/// holder before the pool's lease, which it created after it). That close is what gives back a write turn still held by
/// a transaction left open: EF Core's own reset of a pooled context rolls the transaction back and closes the connection
/// without telling the interceptors.</para>
/// </remarks>
internal sealed class SqliteScopeConnection<TContext> : IDisposable, IAsyncDisposable where TContext : DbContext
{
    public SqliteScopeConnection(TContext context)
    {
        context.Database.OpenConnection();
        Context = context;
    }

    public TContext Context { get; }

    public void Dispose() => Context.Database.CloseConnection();

    public async ValueTask DisposeAsync() => await Context.Database.CloseConnectionAsync();
}
