using Azora.Credentials.Verification;

namespace Azora.Credentials.Features.Verify;

internal sealed record CheckResponse(string Name, string Result, string Detail);

/// <summary>The verdict and every check with its result (passed, failed or unavailable).</summary>
internal sealed record VerificationResponse(bool Valid, string Format, string? CredentialId, IReadOnlyList<string> FailedChecks, IReadOnlyList<CheckResponse> Checks)
{
    public static VerificationResponse From(VerificationReport report) => new(
        report.Valid,
        report.Format,
        report.CredentialId,
        [.. report.FailedChecks],
        [.. report.Checks.Select(check => new CheckResponse(check.Name, check.Status.ToString().ToLowerInvariant(), check.Detail))]);
}
