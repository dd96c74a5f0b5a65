using System.Collections.Concurrent;
using Azora.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.RDBMS;

namespace Azora.Messaging.Tests.Ledger;

/// <summary>
/// A handler in the shape lms' learning inbox and payment-service's rewards have: it opens its own scope and context and
/// commits its change with the message's <see cref="InboxMark"/>. Before it commits, it reads its own inbox row through
/// its own transaction, so a test can see that the mark is part of that transaction.
/// </summary>
public static class CreditSettledHandler
{
    /// <summary>The inbox row's status as the handler's transaction saw it just before the commit, by entry.</summary>
    public static ConcurrentDictionary<Guid, string?> StatusBeforeCommit { get; } = new();

    public static async Task Handle(CreditSettled message, IServiceScopeFactory scopes, IMessageContext context, CancellationToken cancellationToken)
    {
        var handled = InboxMark.For(context) ?? throw new InvalidOperationException("A durable local queue's message has an inbox row to mark.");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ReceivedCredits.Add(new ReceivedCredit { Id = Guid.CreateVersion7(), EntryId = message.EntryId });
        await db.SaveChangesAsync(cancellationToken);
        await handled.WriteAsync(db, cancellationToken);
        StatusBeforeCommit[message.EntryId] = await InboxStatusAsync(db, context.Envelope!.Id, scope.ServiceProvider, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        handled.Committed();
    }

    private static async Task<string?> InboxStatusAsync(LedgerContext db, Guid envelopeId, IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = (IMessageDatabase)services.GetRequiredService<IMessageStore>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"select status from {store.SchemaName}.wolverine_incoming_envelopes where id = @id";
        var id = command.CreateParameter();
        id.ParameterName = "id";
        id.Value = envelopeId;
        command.Parameters.Add(id);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }
}
