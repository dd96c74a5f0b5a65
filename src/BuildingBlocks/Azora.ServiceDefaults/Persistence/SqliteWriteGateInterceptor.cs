using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Makes every EF Core context on one SQLite file write in turn through its <see cref="SqliteWriteGate"/>, holding the
/// turn exactly while SQLite would hold the file's write lock for it:
/// <list type="bullet">
/// <item>a transaction (an explicit one, or the one SaveChanges opens for several statements; EF begins SQLite
/// transactions IMMEDIATE, taking the lock at once) takes the turn as it begins and gives it back when it commits or
/// rolls back;</item>
/// <item>a writing statement outside a transaction (a SaveChanges of one statement, ExecuteUpdate, raw SQL) takes it
/// for the statement;</item>
/// <item>a connection that closes or is disposed gives back whatever it held, which covers a transaction disposed
/// without a commit or a rollback (SQLite rolls it back then).</item>
/// </list>
/// A connection that already holds the turn never waits for it again, so statements and savepoints inside a transaction,
/// and a second transaction on a connection kept open, go straight through. A writer that gives the turn to one waiting
/// for it lets that one run on its thread first (<see cref="LetTheNextWriterRunAsync()"/>).
/// </summary>
internal sealed class SqliteWriteGateInterceptor(SqliteWriteGate gate) : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    /// <summary>What a connection (EF's connection id) holds the turn for.</summary>
    private enum Hold
    {
        Transaction,
        Statement,
    }

    private static readonly ConcurrentDictionary<Type, string> WriterNames = new();

    private readonly ConcurrentDictionary<Guid, Hold> _holders = new();

    // Transactions: the turn from BEGIN to COMMIT or ROLLBACK.

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (!_holders.ContainsKey(eventData.ConnectionId))
        {
            gate.Enter(WriterOf(eventData.Context), TimeoutOf(connection));
            _holders[eventData.ConnectionId] = Hold.Transaction;
        }
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        if (!_holders.ContainsKey(eventData.ConnectionId))
        {
            await gate.EnterAsync(WriterOf(eventData.Context), TimeoutOf(connection), cancellationToken);
            _holders[eventData.ConnectionId] = Hold.Transaction;
        }
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Release(eventData.ConnectionId, Hold.Transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        HandOver(eventData.ConnectionId, Hold.Transaction) ? LetTheNextWriterRunAsync() : Task.CompletedTask;

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Release(eventData.ConnectionId, Hold.Transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        HandOver(eventData.ConnectionId, Hold.Transaction) ? LetTheNextWriterRunAsync() : Task.CompletedTask;

    // Writing statements outside a transaction: the turn for the statement.

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterForStatement(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, eventData, cancellationToken);
        return result;
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        // A reader's statement keeps the lock until it is reset, which disposing the reader does.
        Release(eventData.ConnectionId, Hold.Statement);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterForStatement(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, eventData, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Release(eventData.ConnectionId, Hold.Statement);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        HandOver(eventData.ConnectionId, Hold.Statement) ? LetTheNextWriterRunAsync(result) : ValueTask.FromResult(result);

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnterForStatement(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, eventData, cancellationToken);
        return result;
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Release(eventData.ConnectionId, Hold.Statement);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        HandOver(eventData.ConnectionId, Hold.Statement) ? LetTheNextWriterRunAsync(result) : ValueTask.FromResult(result);

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(eventData.ConnectionId, Hold.Statement);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId, Hold.Statement);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Release(eventData.ConnectionId, Hold.Statement);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId, Hold.Statement);
        return Task.CompletedTask;
    }

    // A closed or disposed connection holds no lock: whatever it held is given back.

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId, hold: null);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId, hold: null);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId, hold: null);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId, hold: null);
        return ValueTask.FromResult(result);
    }

    /// <summary>Whether the connection holds the turn now.</summary>
    public bool Holds(Guid connectionId) => _holders.ContainsKey(connectionId);

    /// <summary>Gives back the turn the connection holds, whatever for.</summary>
    public void ReleaseHeld(Guid connectionId) => Release(connectionId, hold: null);

    private void EnterForStatement(DbCommand command, CommandEventData eventData)
    {
        if (NeedsTurn(command, eventData.ConnectionId))
        {
            gate.Enter(WriterOf(eventData.Context), TimeoutOf(command.Connection));
            _holders[eventData.ConnectionId] = Hold.Statement;
        }
    }

    private async ValueTask EnterForStatementAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        if (NeedsTurn(command, eventData.ConnectionId))
        {
            await gate.EnterAsync(WriterOf(eventData.Context), TimeoutOf(command.Connection), cancellationToken);
            _holders[eventData.ConnectionId] = Hold.Statement;
        }
    }

    /// <summary>A statement that may write, outside a transaction, on a connection that does not hold the turn yet.</summary>
    private bool NeedsTurn(DbCommand command, Guid connectionId) =>
        command.Transaction is null && !_holders.ContainsKey(connectionId) && !SqliteStatements.OnlyReads(command.CommandText);

    /// <summary>
    /// Gives back the turn the connection holds for <paramref name="hold"/> (any, when null); true when a writer waiting
    /// for it gets it.
    /// </summary>
    private bool Release(Guid connectionId, Hold? hold)
    {
        var released = hold is { } kind
            ? _holders.TryRemove(new KeyValuePair<Guid, Hold>(connectionId, kind))
            : _holders.TryRemove(connectionId, out _);
        return released && gate.Exit();
    }

    /// <summary>
    /// Gives back the turn the connection holds for <paramref name="hold"/>; true when it went to a waiting writer and
    /// this code runs on the thread pool, where yielding lets the waiter run first (under a context of its own, a test
    /// runner's, yielding would queue on that context's threads instead).
    /// </summary>
    private bool HandOver(Guid connectionId, Hold hold) => Release(connectionId, hold) && SynchronizationContext.Current is null;

    /// <summary>
    /// Puts the rest of a writer that has just handed the turn to a waiting one behind that one. The waiter's code is
    /// queued on the thread pool when it gets the turn, most often on this thread's own queue; left alone, it would run
    /// only once this writer's request had done all its remaining work (answering, sending its messages), with the file
    /// idle all that time: 0.16 ms a turn at a thousand quiz submits a second, a fifth of the file's time. Yielding lets
    /// this thread take up the waiter at once; this writer goes on when a thread is free.
    /// </summary>
    private static async Task LetTheNextWriterRunAsync() => await Task.Yield();

    /// <inheritdoc cref="LetTheNextWriterRunAsync()"/>
    private static async ValueTask<T> LetTheNextWriterRunAsync<T>(T result)
    {
        await Task.Yield();
        return result;
    }

    /// <summary>The writer named in the gate's metrics: the context's type without its provider's suffix ("Lms" for LmsSqliteContext).</summary>
    private static string WriterOf(DbContext? context) =>
        context is null ? "other" : WriterNames.GetOrAdd(context.GetType(), type => type.Name.Replace("SqliteContext", "").Replace("DbContext", ""));

    /// <summary>A writer waits for its turn as long as the connection would retry a locked database (its default timeout).</summary>
    private static TimeSpan TimeoutOf(DbConnection? connection) =>
        connection is SqliteConnection { DefaultTimeout: > 0 } sqlite ? TimeSpan.FromSeconds(sqlite.DefaultTimeout) : Timeout.InfiniteTimeSpan;
}
