using Azora.Contracts.Audit;

namespace Azora.Credentials;

/// <summary>The audit events azora-credentials publishes: issuance, revocation, suspension, reinstatement, key rotation.</summary>
internal static class CredentialAudit
{
    public const string ServiceId = "azora-credentials";

    public static AuditEventRecorded Issued(Guid eventId, Guid credentialId, Guid learnerId, string achievement, DateTimeOffset at) =>
        new(eventId, new AuditActor(ServiceId, AuditActorKind.Service), "credential.issued",
            new AuditResource("credential", credentialId.ToString("D")), AuditOutcome.Succeeded, at, ServiceId,
            new Dictionary<string, string> { ["learner"] = learnerId.ToString("D"), ["achievement"] = achievement });

    public static AuditEventRecorded StatusChanged(string action, Guid credentialId, Guid actorId, DateTimeOffset at, string? reason) =>
        new(Guid.CreateVersion7(at), new AuditActor(actorId.ToString("D"), AuditActorKind.Account), action,
            new AuditResource("credential", credentialId.ToString("D")), AuditOutcome.Succeeded, at, ServiceId,
            reason is null ? null : new Dictionary<string, string> { ["reason"] = reason });

    public static AuditEventRecorded KeyRotated(string newVerificationMethod, Guid actorId, DateTimeOffset at) =>
        new(Guid.CreateVersion7(at), new AuditActor(actorId.ToString("D"), AuditActorKind.Account), "credential.issuer-key-rotated",
            new AuditResource("issuer-key", newVerificationMethod), AuditOutcome.Succeeded, at, ServiceId);
}
