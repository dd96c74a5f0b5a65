using System.Collections.Concurrent;
using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Domain;
using Azora.Contracts.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.AuditLoggingService.Log;

/// <summary>
/// Appends events to the log, each at the next leaf index and each event id once, by group commit: every event waits
/// in a queue, and whoever holds the writer's turn appends every event waiting (in arrival order, at consecutive
/// indexes) in one transaction, then answers each. Between replicas the primary key on the index and the unique event
/// id turn a race into a failed commit, which is tried again against the new end of the log.
/// </summary>
/// <remarks>Public only because Wolverine's generated handler code injects it; its members are internal.</remarks>
public sealed partial class AuditLogWriter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditLogWriter> logger) : IDisposable
{
    private const int MaxAttempts = 5;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConcurrentQueue<PendingAppend> _waiting = new();

    /// <summary>Appends the event unless its id is already in the log; true when it was appended now.</summary>
    internal async Task<bool> AppendAsync(AuditEventRecorded recorded, CancellationToken cancellationToken)
    {
        var pending = new PendingAppend(recorded);
        _waiting.Enqueue(pending);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            // An earlier turn may have taken this event with the others that were waiting.
            if (!pending.Answer.Task.IsCompleted)
            {
                await AppendWaitingAsync(cancellationToken);
            }
        }
        finally
        {
            _turn.Release();
        }
        return await pending.Answer.Task;
    }

    private async Task AppendWaitingAsync(CancellationToken cancellationToken)
    {
        var group = new List<PendingAppend>();
        while (_waiting.TryDequeue(out var next))
        {
            group.Add(next);
        }
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await CommitAsync(group, cancellationToken);
                    return;
                }
                catch (DbUpdateException) when (attempt < MaxAttempts)
                {
                    // Another replica took these indexes (or one of these events) first; look again.
                }
            }
        }
        catch (Exception error)
        {
            // The group's commit failed: nothing of it was saved, and every event in it fails to be retried.
            foreach (var pending in group)
            {
                pending.Answer.TrySetException(error);
            }
        }
    }

    /// <summary>Appends the group's new events in one transaction and answers each; an event that breaks the rules fails alone.</summary>
    private async Task CommitAsync(IReadOnlyList<PendingAppend> group, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var ids = group.Select(p => p.Event.EventId).Distinct().ToList();
        var logged = (await db.Entries.Where(e => ids.Contains(e.EventId)).Select(e => e.EventId).ToListAsync(cancellationToken)).ToHashSet();
        var next = (await db.Entries.MaxAsync(e => (long?)e.LeafIndex, cancellationToken) ?? -1) + 1;
        var now = clock.GetUtcNow();
        var outcomes = new List<(PendingAppend Pending, AuditEntry? Entry, Exception? Refusal)>(group.Count);
        foreach (var pending in group)
        {
            if (!logged.Add(pending.Event.EventId))
            {
                outcomes.Add((pending, null, null));
                continue;
            }
            try
            {
                var entry = AuditEntry.At(next, ToRecord(pending.Event, now));
                db.Entries.Add(entry);
                next++;
                outcomes.Add((pending, entry, null));
            }
            catch (ArgumentException refusal)
            {
                logged.Remove(pending.Event.EventId);
                outcomes.Add((pending, null, refusal));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (pending, entry, refusal) in outcomes)
        {
            if (refusal is not null)
            {
                pending.Answer.TrySetException(refusal);
            }
            else if (entry is null)
            {
                LogDuplicate(pending.Event.EventId);
                pending.Answer.TrySetResult(false);
            }
            else
            {
                LogAppended(entry.LeafIndex, entry.Action, pending.Event.EventId);
                pending.Answer.TrySetResult(true);
            }
        }
    }

    private static AuditRecord ToRecord(AuditEventRecorded recorded, DateTimeOffset now) =>
        AuditRecord.Create(
            recorded.EventId,
            recorded.Actor?.Id!,
            recorded.Actor?.Kind.ToString().ToLowerInvariant()!,
            recorded.Action,
            recorded.Resource?.Type!,
            recorded.Resource?.Id!,
            recorded.Outcome.ToString().ToLowerInvariant(),
            recorded.OccurredAt,
            now,
            recorded.SourceService,
            recorded.Details);

    public void Dispose() => _turn.Dispose();

    /// <summary>An event waiting for a turn to append it, and the answer its caller awaits.</summary>
    private sealed record PendingAppend(AuditEventRecorded Event)
    {
        public TaskCompletionSource<bool> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Appended {Action} at leaf {LeafIndex} (event {EventId}).")]
    private partial void LogAppended(long leafIndex, string action, Guid eventId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {EventId} is already in the log; the redelivery is ignored.")]
    private partial void LogDuplicate(Guid eventId);
}
