namespace Azora.Credentials.Verification;

/// <summary>The outcome of one check: passed, failed, or unavailable (it could not be decided, e.g. a service is down).</summary>
internal enum CheckStatus
{
    Passed,
    Failed,
    Unavailable,
}

/// <summary>One named check of a verification and what it found.</summary>
internal sealed record VerificationCheck(string Name, CheckStatus Status, string Detail)
{
    public static VerificationCheck Pass(string name, string detail) => new(name, CheckStatus.Passed, detail);

    public static VerificationCheck Fail(string name, string detail) => new(name, CheckStatus.Failed, detail);

    public static VerificationCheck Unavailable(string name, string detail) => new(name, CheckStatus.Unavailable, detail);
}

/// <summary>The names of the checks, as the verification API reports them.</summary>
internal static class CheckNames
{
    public const string Proof = "proof";
    public const string IssuerKey = "issuerKey";
    public const string Status = "status";
    public const string Validity = "validity";
    public const string AuditLog = "auditLog";
}

/// <summary>
/// A verification: valid when every check passed, except that an audit-log proof that is unavailable (the log has not
/// covered the event yet, or cannot be reached) does not make a credential invalid; a failed one does.
/// </summary>
internal sealed record VerificationReport(string Format, string? CredentialId, IReadOnlyList<VerificationCheck> Checks)
{
    public bool Valid => Checks.All(check => check.Status == CheckStatus.Passed
        || (check.Name == CheckNames.AuditLog && check.Status == CheckStatus.Unavailable));

    public IEnumerable<string> FailedChecks => Checks.Where(check => check.Status == CheckStatus.Failed).Select(check => check.Name);
}
