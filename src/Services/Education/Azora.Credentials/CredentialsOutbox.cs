using Azora.Credentials.Data;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Wolverine.EntityFrameworkCore;

namespace Azora.Credentials;

/// <summary>
/// Commits a change and the events that tell of it (audit events) in one transaction through Wolverine's EF Core
/// outbox; the events are sent only after the commit.
/// </summary>
internal sealed class CredentialsOutbox(IDbContextOutbox<CredentialsDbContext> outbox)
{
    public CredentialsDbContext Db => outbox.DbContext;

    /// <summary>Opens the transaction a change of several steps and its events share; <see cref="TryCommitAsync"/> commits it.</summary>
    public Task<IDbContextTransaction> BeginAsync(CancellationToken cancellationToken) =>
        outbox.DbContext.Database.BeginTransactionAsync(cancellationToken);

    /// <summary>
    /// False, with nothing saved or sent, when another request got there first: a unique key refused the change, or a
    /// row changed since it was read (a concurrency token).
    /// </summary>
    public Task<bool> TryCommitAsync(CancellationToken cancellationToken, params object[] events) =>
        outbox.TryCommitAsync(cancellationToken, events);
}
