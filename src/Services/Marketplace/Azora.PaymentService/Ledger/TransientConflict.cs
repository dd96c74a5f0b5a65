using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// Failures that mean "another writer got there first" rather than "this request is wrong": a unique key taken between
/// our check and our insert, or a PostgreSQL deadlock or serialization failure. The whole transaction was rolled back,
/// so the writer may simply run it again.
/// </summary>
internal static class TransientConflict
{
    public static bool Is(Exception exception) =>
        exception is DbUpdateException
        || exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }
        // A group's own set-based insert (TransferGroupRows) meets another writer's transfer id or reversal directly.
        || exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };
}
