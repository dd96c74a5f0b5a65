using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Domain;
using Azora.Contracts.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.AuditLoggingService.Log;

/// <summary>
/// Appends events to the log, each at the next leaf index and each event id once. Appends are serialised in the process
/// (a leaf index is "the last one plus one"); between replicas the primary key on the index and the unique event id
/// turn a race into a failed insert, which is retried against the new end of the log.
/// </summary>
/// <remarks>Public only because Wolverine's generated handler code injects it; its members are internal.</remarks>
public sealed partial class AuditLogWriter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditLogWriter> logger) : IDisposable
{
    private const int MaxAttempts = 5;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Appends the event unless its id is already in the log; true when it was appended now.</summary>
    internal async Task<bool> AppendAsync(AuditEventRecorded recorded, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
                if (await db.Entries.AnyAsync(e => e.EventId == recorded.EventId, cancellationToken))
                {
                    LogDuplicate(recorded.EventId);
                    return false;
                }
                var next = (await db.Entries.MaxAsync(e => (long?)e.LeafIndex, cancellationToken) ?? -1) + 1;
                var entry = AuditEntry.At(next, ToRecord(recorded, clock.GetUtcNow()));
                db.Entries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    LogAppended(entry.LeafIndex, entry.Action, recorded.EventId);
                    return true;
                }
                catch (DbUpdateException) when (attempt < MaxAttempts)
                {
                    // Another replica took this index (or this event) first; look again.
                }
            }
        }
        finally
        {
            _gate.Release();
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

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Appended {Action} at leaf {LeafIndex} (event {EventId}).")]
    private partial void LogAppended(long leafIndex, string action, Guid eventId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {EventId} is already in the log; the redelivery is ignored.")]
    private partial void LogDuplicate(Guid eventId);
}
