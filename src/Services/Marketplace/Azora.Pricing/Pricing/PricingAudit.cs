using System.Globalization;
using Azora.Contracts.Audit;

namespace Azora.Pricing.Pricing;

/// <summary>
/// The audit records of changes to what things cost, for audit-logging-service's tamper-evident log: price books, prices,
/// plans and coupons (created, changed, withdrawn). Each travels in the same transaction as the change.
/// </summary>
internal static class PricingAudit
{
    public const string Source = "azora-pricing";

    public static AuditEventRecorded Changed(Guid actorId, string action, string resourceType, Guid resourceId, DateTimeOffset at, Dictionary<string, string> details) =>
        new(
            Guid.CreateVersion7(at),
            new AuditActor(actorId.ToString(), AuditActorKind.Account),
            action,
            new AuditResource(resourceType, resourceId.ToString()),
            AuditOutcome.Succeeded,
            at,
            Source,
            details);

    public static string Amount(long amount) => amount.ToString(CultureInfo.InvariantCulture);
}
