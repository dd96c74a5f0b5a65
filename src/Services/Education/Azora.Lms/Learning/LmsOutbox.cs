using Azora.Lms.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Wolverine.EntityFrameworkCore;

namespace Azora.Lms.Learning;

/// <summary>
/// Commits the request's changes and the events <see cref="LearningRecorder"/> (or a feature) collected in one
/// transaction through Wolverine's EF Core outbox; the events are sent only after the commit.
/// </summary>
internal sealed class LmsOutbox(IDbContextOutbox<LmsDbContext> outbox, LearningRecorder recorder)
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
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException exception) when (IsDuplicateKey(exception.InnerException))
        {
            return false;
        }
    }

    private static bool IsDuplicateKey(Exception? exception) =>
        exception is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
