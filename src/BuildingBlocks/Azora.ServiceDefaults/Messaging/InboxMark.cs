using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Wolverine;
using Wolverine.RDBMS;
using Wolverine.Runtime;

namespace Azora.ServiceDefaults.Messaging;

/// <summary>
/// Marks the message a handler is handling as handled in Wolverine's durable inbox inside the handler's own database
/// transaction, so that its changes and the mark commit together, in one write, and Wolverine writes no mark of its own
/// after the handler returns. On SQLite that is one turn at the file's writer per message instead of two.
/// </summary>
/// <remarks>
/// <para>Wolverine's EF Core transaction middleware does the same for a handler that takes a DbContext. Azora's
/// handlers take a service of their own and open a scope with the service's internal context, which generated handler
/// code cannot name, so they take the handler's <see cref="IMessageContext"/> and pass this on to where they commit:
/// <see cref="WriteAsync"/> before the commit, <see cref="Committed"/> after it.</para>
/// <para>The mark is Wolverine's own statement, run on the handler's connection: the message store keeps its inbox in
/// the same database as every service's tables (SQLite: the process's one file; PostgreSQL: the process's schema in the
/// platform database, <see cref="MessagingSetup"/>). If the handler's transaction rolls back, so does the mark, and
/// Wolverine marks the message after the handler as it always does.</para>
/// </remarks>
public sealed class InboxMark
{
    private readonly Envelope _envelope;
    private readonly IMessageDatabase _store;
    private readonly TimeSpan _keepAfterHandling;

    private InboxMark(Envelope envelope, IMessageDatabase store, TimeSpan keepAfterHandling)
    {
        _envelope = envelope;
        _store = store;
        _keepAfterHandling = keepAfterHandling;
    }

    /// <summary>
    /// The mark for the message <paramref name="context"/> handles; null when it has no inbox row to mark (a message
    /// invoked in process, or kept by a store that is not a database), and then Wolverine settles it as before.
    /// </summary>
    public static InboxMark? For(IMessageContext context) =>
        context is MessageBus { Envelope: { WasPersistedInInbox: true, Destination: not null, Status: not EnvelopeStatus.Handled } envelope } bus
        && bus.Storage is IMessageDatabase store
            ? new InboxMark(envelope, store, bus.Runtime.Options.Durability.KeepAfterMessageHandling)
            : null;

    /// <summary>Writes the mark in <paramref name="db"/>'s open transaction; it commits or rolls back with the handler's changes.</summary>
    public Task WriteAsync(DbContext db, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The inbox mark is written inside the handler's transaction: begin it first.");
        // Wolverine's own clock for its own bookkeeping: how long the handled row is kept to recognise a redelivery.
        return _store.MarkIncomingEnvelopeAsHandledInTransactionAsync(
            db.Database.GetDbConnection(), transaction.GetDbTransaction(), _envelope, DateTimeOffset.UtcNow.Add(_keepAfterHandling), cancellationToken);
    }

    /// <summary>After the transaction with the mark committed: Wolverine then writes no mark of its own for the message.</summary>
    public void Committed() => _envelope.Status = EnvelopeStatus.Handled;
}
