using Azora.Lms.Data;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
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
        catch (DbUpdateException exception) when (exception.IsDuplicateKey())
        {
            LogLostRace(exception.InnerException!.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A concurrent change committed first ({Conflict}); nothing was saved.")]
    private partial void LogLostRace(string conflict);
}
