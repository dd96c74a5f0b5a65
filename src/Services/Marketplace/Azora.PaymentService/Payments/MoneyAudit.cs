using System.Globalization;
using Azora.Contracts.Audit;

namespace Azora.PaymentService.Payments;

/// <summary>The audit record of a money movement, for audit-logging-service's tamper-evident log.</summary>
internal static class MoneyAudit
{
    public const string SourceService = "payment-service";

    /// <summary>An account acting (by its id), or the platform itself when <paramref name="actor"/> is null.</summary>
    public static AuditEventRecorded Moved(
        string action, Guid? actor, string resourceType, Guid resourceId, long amount, string currency, DateTimeOffset now,
        IReadOnlyDictionary<string, string>? details = null) => new(
        Guid.CreateVersion7(now),
        actor is { } id ? new AuditActor(id.ToString(), AuditActorKind.Account) : new AuditActor(SourceService, AuditActorKind.System),
        action,
        new AuditResource(resourceType, resourceId.ToString()),
        AuditOutcome.Succeeded,
        now,
        SourceService,
        new Dictionary<string, string>(details ?? new Dictionary<string, string>())
        {
            ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
            ["currency"] = currency,
        });
}
