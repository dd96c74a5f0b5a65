using Azora.Contracts.Audit;
using Azora.Contracts.UserService;
using Azora.UserService.Data;
using Microsoft.EntityFrameworkCore.Storage;
using Wolverine.EntityFrameworkCore;

namespace Azora.UserService.Accounts;

/// <summary>
/// Announces what happened to accounts through Wolverine's transactional outbox, so an account change and the event
/// that tells of it commit together or not at all.
/// </summary>
/// <remarks>
/// <para>Identity's <c>UserManager</c> saves on the request's scoped <see cref="UserDbContext"/>, which is the very
/// instance this outbox writes through. A feature therefore opens the transaction here first
/// (<see cref="BeginChangeAsync"/>), lets Identity make its changes inside it, and ends with
/// <see cref="CommitAsync(AccountRegistered, CancellationToken)"/>: the event's envelope is written on the same
/// connection in the same transaction, the transaction commits, and only then is the event sent. A feature that returns
/// early instead disposes the transaction unfinished, which rolls back the change and leaves no event behind.</para>
/// <para>Every change also carries its audit record (<see cref="AccountAudit"/>) for audit-logging-service. Wolverine
/// routes a published event to each subscriber (a durable local queue in one process, an exchange when split over
/// RabbitMQ) and, with none (user-service hosted alone), records "no routes" and drops it without error: an
/// announcement nobody listens to is not a failure.</para>
/// </remarks>
internal sealed class AccountEventOutbox(IDbContextOutbox<UserDbContext> outbox)
{
    /// <summary>Opens the transaction that the account change and its event share.</summary>
    public Task<IDbContextTransaction> BeginChangeAsync(CancellationToken cancellationToken) =>
        outbox.DbContext.Database.BeginTransactionAsync(cancellationToken);

    public Task CommitAsync(AccountRegistered registered, CancellationToken cancellationToken) =>
        PublishAndCommitAsync([registered, AccountAudit.Registered(registered)], cancellationToken);

    public Task CommitAsync(AccountRolesChanged changed, CancellationToken cancellationToken) =>
        PublishAndCommitAsync([changed, AccountAudit.RolesChanged(changed)], cancellationToken);

    /// <summary>Records a checked sign-in, with whatever the check changed (the failed-attempt count, a lockout).</summary>
    public Task CommitAsync(AuditEventRecorded signIn, CancellationToken cancellationToken) =>
        PublishAndCommitAsync([signIn], cancellationToken);

    private async Task PublishAndCommitAsync(object[] events, CancellationToken cancellationToken)
    {
        if (outbox.DbContext.Database.CurrentTransaction is null)
        {
            // Identity has already saved the change on its own, so the event could no longer commit with it.
            throw new InvalidOperationException($"Call {nameof(BeginChangeAsync)} before changing the account, so that the change and its event share one transaction.");
        }
        foreach (var accountEvent in events)
        {
            await outbox.PublishAsync(accountEvent);
        }
        // Saves what is pending, commits the open transaction (the change and the envelope), then sends the envelope.
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
