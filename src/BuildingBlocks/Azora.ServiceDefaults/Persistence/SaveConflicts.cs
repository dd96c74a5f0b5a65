using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

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
    public static async Task<bool> TrySaveAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
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
