using Azora.Content.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Azora.Content.Features;

internal static class Saving
{
    /// <summary>Saves, or returns false when another request changed the same item first (nothing is then saved).</summary>
    public static async Task<bool> TrySaveAsync(this ContentDbContext db, CancellationToken cancellationToken)
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
        catch (DbUpdateException exception) when (IsDuplicateKey(exception.InnerException))
        {
            // A version number, or a media hash, that another request has just taken.
            return false;
        }
    }

    private static bool IsDuplicateKey(Exception? exception) =>
        exception is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
