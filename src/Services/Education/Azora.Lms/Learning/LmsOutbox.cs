using Azora.Lms.Data;
using Azora.ServiceDefaults.Messaging;
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
    public Task<bool> TryCommitAsync(CancellationToken cancellationToken, params object[] events) =>
        TrySaveAndPublishAsync(handled: [], events, cancellationToken);

    /// <summary>
    /// <see cref="TryCommitAsync"/> for the handlers of other services' messages: each message is marked handled in
    /// Wolverine's inbox in the same transaction, so the handlers' changes and the marks are one write.
    /// </summary>
    public Task<bool> TryCommitHandledAsync(IReadOnlyList<InboxMark> handled, CancellationToken cancellationToken) =>
        TrySaveAndPublishAsync(handled, [], cancellationToken);

    private async Task<bool> TrySaveAndPublishAsync(IReadOnlyList<InboxMark> handled, object[] events, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        if (handled.Count > 0 && db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
        }
        foreach (var message in recorder.Events.Concat(events))
        {
            await outbox.PublishAsync(message);
        }
        foreach (var mark in handled)
        {
            await mark.WriteAsync(db, cancellationToken);
        }
        try
        {
            // After a lost race a handler starts again in a new scope, so its save needs no savepoint; a feature reads on
            // in the same transaction (CompleteLesson answers with the winner's completion), so it keeps EF Core's.
            await (handled.Count > 0
                ? outbox.CommitOpenTransactionAsync(cancellationToken)
                : outbox.SaveChangesAndFlushMessagesAsync(cancellationToken));
            foreach (var mark in handled)
            {
                mark.Committed();
            }
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
