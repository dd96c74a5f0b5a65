using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Azora.Education.Features;

internal static class Saving
{
    /// <summary>Whether a save failed because another request inserted the same natural key first.</summary>
    public static bool IsDuplicateKey(this DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
