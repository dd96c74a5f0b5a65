using Microsoft.EntityFrameworkCore;

namespace Azora.ServiceDefaults.Messaging;

/// <summary>
/// A message a handler has already acted on. Delivery between services is at least once (a broker may redeliver after
/// a lost acknowledgement), so a handler with effects records the message id in the same transaction as its changes and
/// skips a message it finds here.
/// </summary>
public sealed class ProcessedMessage
{
    public Guid MessageId { get; set; }

    /// <summary>Which handler processed it: one message may be handled by several handlers of a service.</summary>
    public required string Handler { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}

public static class ProcessedMessages
{
    public const int MaxHandlerLength = 200;

    /// <summary>Maps <see cref="ProcessedMessage"/> into a service's model (table <c>processed_messages</c>).</summary>
    public static ModelBuilder MapProcessedMessages(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProcessedMessage>(processed =>
        {
            processed.ToTable("processed_messages");
            processed.HasKey(p => new { p.MessageId, p.Handler });
            processed.Property(p => p.Handler).HasMaxLength(MaxHandlerLength);
        });
        return modelBuilder;
    }

    /// <summary>
    /// True the first time <paramref name="handler"/> sees <paramref name="messageId"/>; the record is added to the context
    /// and saved with the handler's own changes. A duplicate in the same context (messages handled as one group) finds
    /// the record added there; a concurrent duplicate fails on the key at commit and is retried, after which it reads false.
    /// </summary>
    public static async Task<bool> TryRecordFirstDeliveryAsync(
        this DbContext db, Guid messageId, string handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Find looks in the context first, then in the database by the key.
        var seen = await db.Set<ProcessedMessage>().FindAsync([messageId, handler], cancellationToken) is not null;
        if (seen)
        {
            return false;
        }
        db.Set<ProcessedMessage>().Add(new ProcessedMessage { MessageId = messageId, Handler = handler, ProcessedAt = clock.GetUtcNow() });
        return true;
    }
}
