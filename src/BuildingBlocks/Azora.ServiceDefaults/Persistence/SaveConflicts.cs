using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Wolverine.EntityFrameworkCore;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Concurrent requests that change the same rows: the first to commit wins, and the others learn it from an optimistic
/// concurrency check or a unique key, on SQLite and PostgreSQL alike.
/// </summary>
public static class SaveConflicts
{
    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;

    /// <summary>Saves, or returns false when another request changed or took the same rows first (nothing is then saved).</summary>
    public static Task<bool> TrySaveAsync(this DbContext db, CancellationToken cancellationToken) =>
        UnlessConflictAsync(() => db.SaveChangesAsync(cancellationToken));

    /// <summary>
    /// Publishes the events through Wolverine's EF Core outbox and commits them with the changes in one transaction, or
    /// returns false, with nothing saved or sent, when another request changed or took the same rows first.
    /// </summary>
    public static async Task<bool> TryCommitAsync<TContext>(this IDbContextOutbox<TContext> outbox, CancellationToken cancellationToken,
        params object[] events) where TContext : DbContext
    {
        foreach (var message in events)
        {
            await outbox.PublishAsync(message);
        }
        return await UnlessConflictAsync(() => outbox.SaveChangesAndFlushMessagesAsync(cancellationToken));
    }

    private static async Task<bool> UnlessConflictAsync(Func<Task> save)
    {
        try
        {
            await save();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException exception) when (exception.IsDuplicateKey())
        {
            return false;
        }
    }

    /// <summary>
    /// Whether the save failed because another request inserted the same unique or primary key first; any other
    /// constraint (a foreign key, a missing value) is a real error.
    /// </summary>
    public static bool IsDuplicateKey(this DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteUniqueViolation or SqlitePrimaryKeyViolation }
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
