using Azora.Lms.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine.EntityFrameworkCore;

namespace Azora.Lms.Learning;

/// <summary>
/// Commits the request's changes and the events <see cref="LearningRecorder"/> (or a feature) collected in one
/// transaction through Wolverine's EF Core outbox; the events are sent only after the commit.
/// </summary>
internal sealed partial class LmsOutbox(IDbContextOutbox<LmsDbContext> outbox, LearningRecorder recorder, ILogger<LmsOutbox> logger)
{
    /// <summary>
    /// Saves and publishes; false, with nothing saved or sent, when another request changed the same rows first (a
    /// concurrency token, or a unique key such as one enrolment or one completion per learner and course).
    /// </summary>
    public async Task<bool> TryCommitAsync(CancellationToken cancellationToken, params object[] events)
    {
        foreach (var message in recorder.Events.Concat(events))
        {
            await outbox.PublishAsync(message);
        }
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException exception)
        {
            LogLostRace(string.Join(", ", exception.Entries.Select(e => e.Metadata.ClrType.Name)));
            return false;
        }
        catch (DbUpdateException exception) when (IsDuplicateKey(exception.InnerException))
        {
            LogLostRace(exception.InnerException!.Message);
            return false;
        }
    }

    // Only a unique or primary key means another request got there first; any other constraint is a real error.
    private static bool IsDuplicateKey(Exception? exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: SqliteUniqueViolation or SqlitePrimaryKeyViolation }
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;

    [LoggerMessage(Level = LogLevel.Information, Message = "A concurrent change committed first ({Conflict}); nothing was saved.")]
    private partial void LogLostRace(string conflict);
}
