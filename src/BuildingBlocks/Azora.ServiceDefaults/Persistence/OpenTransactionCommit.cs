using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Commits, through Wolverine's EF Core outbox, a transaction that is already open: the outbox opens it for its first
/// envelope, and a handler opens it to lock rows or to mark its messages handled before the save.
/// </summary>
/// <remarks>
/// Inside an open transaction EF Core wraps every save in a savepoint, so that a failed save leaves the transaction
/// usable for more work. For a caller that never goes on after a failed save (it returns or throws, and its scope rolls
/// the transaction back) the savepoint and its release are two statements more in every commit, run while the commit
/// holds the database's one writer; this save leaves them out.
/// </remarks>
public static class OpenTransactionCommit
{
    /// <summary>Saves the changes, commits them with the envelopes, then sends the envelopes; no savepoint is set.</summary>
    public static async Task CommitOpenTransactionAsync<TContext>(this IDbContextOutbox<TContext> outbox, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var database = outbox.DbContext.Database;
        database.AutoSavepointsEnabled = false;
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        finally
        {
            database.AutoSavepointsEnabled = true;
        }
    }
}
