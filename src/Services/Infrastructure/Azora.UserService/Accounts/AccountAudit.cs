using Azora.Contracts.Audit;
using Azora.Contracts.UserService;

namespace Azora.UserService.Accounts;

/// <summary>
/// The audit records of what happens to accounts, for audit-logging-service's tamper-evident log. Each travels in the
/// same transaction as the change it records.
/// </summary>
internal static class AccountAudit
{
    public const string Source = "user-service";

    public static AuditEventRecorded Registered(AccountRegistered registered) => new(
        Guid.CreateVersion7(),
        new AuditActor(registered.AccountId.ToString(), AuditActorKind.Account),
        "account.registered",
        AccountResource(registered.AccountId.ToString()),
        AuditOutcome.Succeeded,
        registered.RegisteredAt,
        Source);

    public static AuditEventRecorded RolesChanged(AccountRolesChanged changed) => new(
        Guid.CreateVersion7(),
        new AuditActor(changed.ChangedBy.ToString(), AuditActorKind.Account),
        "account.roles-changed",
        AccountResource(changed.AccountId.ToString()),
        AuditOutcome.Succeeded,
        changed.ChangedAt,
        Source,
        new Dictionary<string, string> { ["roles"] = string.Join(' ', changed.Roles) });

    /// <summary>
    /// A sign-in attempt checked for session-service. An attempt on an unknown email is recorded under that email, so
    /// that credential stuffing shows in the log; no password or code is ever recorded.
    /// </summary>
    public static AuditEventRecorded SignIn(string email, Guid? accountId, CredentialCheckResult result, DateTimeOffset at)
    {
        var who = accountId?.ToString() ?? email.Trim().ToLowerInvariant();
        return new AuditEventRecorded(
            Guid.CreateVersion7(),
            new AuditActor(who, AuditActorKind.Account),
            "account.sign-in",
            AccountResource(who),
            OutcomeOf(result.Outcome),
            at,
            Source,
            new Dictionary<string, string> { ["result"] = result.Outcome.ToString() });
    }

    private static AuditOutcome OutcomeOf(CredentialCheckOutcome outcome) => outcome switch
    {
        CredentialCheckOutcome.Succeeded => AuditOutcome.Succeeded,
        CredentialCheckOutcome.LockedOut or CredentialCheckOutcome.EmailNotVerified => AuditOutcome.Denied,
        _ => AuditOutcome.Failed,
    };

    private static AuditResource AccountResource(string id) => new("account", id);
}
