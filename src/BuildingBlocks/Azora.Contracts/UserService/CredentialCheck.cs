namespace Azora.Contracts.UserService;

/// <summary>
/// session-service asks user-service whether a sign-in is good: <c>POST /api/internal/credential-checks</c>, called with a
/// client-credentials access token carrying the <see cref="UserServiceScopes.CredentialCheck"/> scope.
/// </summary>
public sealed record CredentialCheckRequest(string Email, string Password, string? TwoFactorCode);

public enum CredentialCheckOutcome
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
    EmailNotVerified,
    TwoFactorRequired,
    InvalidTwoFactorCode,
}

public sealed record CredentialCheckResult(CredentialCheckOutcome Outcome, AccountSummary? Account, DateTimeOffset? LockedOutUntil);

/// <summary>What other services may know of an account: enough to issue tokens, never its secrets.</summary>
public sealed record AccountSummary(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool EmailVerified, bool Active);

public static class UserServiceScopes
{
    /// <summary>Lets a service check credentials and read account summaries (<c>GET /api/internal/accounts/{id}</c>).</summary>
    public const string CredentialCheck = "user-service.credentials";
}
