using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Domain;
using Azora.Contracts.Audit;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.AuditLoggingService.Log;

/// <summary>
/// Appends events to the log, each at the next leaf index and each event id once, by group commit
/// (<see cref="GroupCommit{TItem, TAnswer}"/>): whoever holds the turn appends every event waiting (in arrival order, at
/// consecutive indexes) in one transaction, then answers each. An event that breaks the log's rules fails its group,
/// which is then appended one event at a time, so it fails alone. Between replicas the primary key on the index and the
/// unique event id turn a race into a failed commit, which is tried again against the new end of the log.
/// </summary>
/// <remarks>Public only because Wolverine's generated handler code injects it; its members are internal.</remarks>
public sealed partial class AuditLogWriter : IDisposable
{
    private const int MaxAttempts = 5;

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<AuditLogWriter> _logger;
    private readonly GroupCommit<AuditEventRecorded, bool> _appends;

    public AuditLogWriter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditLogWriter> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        _appends = new GroupCommit<AuditEventRecorded, bool>(AppendAsync, logger);
    }

    /// <summary>Appends the event unless its id is already in the log; true when it was appended now.</summary>
    internal Task<bool> AppendAsync(AuditEventRecorded recorded, CancellationToken cancellationToken) =>
        _appends.CommitAsync(recorded, cancellationToken);

    private async Task<IReadOnlyList<bool>> AppendAsync(IReadOnlyList<AuditEventRecorded> group, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CommitAsync(group, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another replica took these indexes (or one of these events) first; look again.
            }
        }
    }

    /// <summary>Appends the group's new events in one transaction; for each event, whether it was new.</summary>
    private async Task<IReadOnlyList<bool>> CommitAsync(IReadOnlyList<AuditEventRecorded> group, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var ids = group.Select(e => e.EventId).Distinct().ToList();
        var logged = (await db.Entries.Where(e => ids.Contains(e.EventId)).Select(e => e.EventId).ToListAsync(cancellationToken)).ToHashSet();
        var next = (await db.Entries.MaxAsync(e => (long?)e.LeafIndex, cancellationToken) ?? -1) + 1;
        var now = _clock.GetUtcNow();
        var entries = new List<AuditEntry?>(group.Count);
        foreach (var recorded in group)
        {
            // An event that breaks the rules throws here, and the group is appended again one event at a time.
            var entry = logged.Add(recorded.EventId) ? AuditEntry.At(next++, ToRecord(recorded, now)) : null;
            if (entry is not null)
            {
                db.Entries.Add(entry);
            }
            entries.Add(entry);
        }
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < group.Count; i++)
        {
            if (entries[i] is { } entry)
            {
                LogAppended(entry.LeafIndex, entry.Action, group[i].EventId);
            }
            else
            {
                LogDuplicate(group[i].EventId);
            }
        }
        return [.. entries.Select(e => e is not null)];
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

    public void Dispose() => _appends.Dispose();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Appended {Action} at leaf {LeafIndex} (event {EventId}).")]
    private partial void LogAppended(long leafIndex, string action, Guid eventId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {EventId} is already in the log; the redelivery is ignored.")]
    private partial void LogDuplicate(Guid eventId);
}
