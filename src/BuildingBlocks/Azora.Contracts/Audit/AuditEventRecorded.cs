namespace Azora.Contracts.Audit;

/// <summary>
/// Something worth auditing happened: a sign-in, a role change, a money movement, a credential issued or revoked. Any
/// service publishes it; audit-logging-service appends it to its tamper-evident log exactly once per
/// <see cref="EventId"/>, however often it is delivered.
/// </summary>
/// <param name="EventId">Chosen by the publisher and never reused: the log's idempotency key.</param>
/// <param name="Action">What was done, lowercase words joined by dots or dashes, e.g. <c>account.role-granted</c>.</param>
/// <param name="SourceService">The catalog id of the publishing service, e.g. <c>user-service</c>.</param>
/// <param name="Details">Further facts as text, e.g. <c>{"role": "auditor"}</c>; never secrets.</param>
[MessageName("audit.event-recorded.v1")]
public sealed record AuditEventRecorded(
    Guid EventId,
    AuditActor Actor,
    string Action,
    AuditResource Resource,
    AuditOutcome Outcome,
    DateTimeOffset OccurredAt,
    string SourceService,
    IReadOnlyDictionary<string, string>? Details = null);

/// <summary>Who acted: an account (its id), a service (its catalog or client id) or the platform itself.</summary>
public sealed record AuditActor(string Id, AuditActorKind Kind);

public enum AuditActorKind
{
    Account,
    Service,
    System,
}

/// <summary>What was acted on, e.g. <c>account</c> and its id.</summary>
public sealed record AuditResource(string Type, string Id);

public enum AuditOutcome
{
    Succeeded,
    Failed,
    Denied,
}
