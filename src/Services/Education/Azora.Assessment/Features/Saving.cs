using Azora.Assessment.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Azora.Assessment.Features;

internal static class Saving
{
    /// <summary>Saves, or returns false when another request changed the same rows first (nothing is then saved).</summary>
    public static async Task<bool> TrySaveAsync(this AssessmentDbContext db, CancellationToken cancellationToken)
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
            return false;
        }
    }

    public static bool IsDuplicateKey(Exception? exception) =>
        exception is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
