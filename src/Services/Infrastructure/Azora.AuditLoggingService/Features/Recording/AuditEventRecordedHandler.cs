using Azora.AuditLoggingService.Log;
using Azora.Contracts.Audit;

namespace Azora.AuditLoggingService.Features.Recording;

/// <summary>
/// Appends every audit event any service publishes. Delivery is at least once; the writer appends an event id once,
/// so a redelivered event changes nothing. An event that breaks the log's rules throws, and Wolverine keeps it in its
/// dead-letter store for an operator rather than dropping it.
/// </summary>
public static class AuditEventRecordedHandler
{
    public static Task Handle(AuditEventRecorded message, AuditLogWriter writer, CancellationToken cancellationToken) =>
        writer.AppendAsync(message, cancellationToken);
}
