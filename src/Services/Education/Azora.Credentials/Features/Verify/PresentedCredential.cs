using System.Text.Json;
using System.Text.Json.Nodes;
using Azora.Credentials.Proofs;
using Azora.Credentials.Verification;
using Azora.LinkedData.Canonicalization;
using Azora.LinkedData.JsonLd;

namespace Azora.Credentials.Features.Verify;

/// <summary>
/// What a verifier hands in: a credential with a Data Integrity proof (JSON) or a VC-JWT (compact JWS). Input that is
/// not a credential becomes a field error instead of a verdict.
/// </summary>
internal static class PresentedCredential
{
    public const string Field = "credential";

    /// <summary>Reads free text: a JSON credential, or a VC-JWT.</summary>
    public static async Task<(VerificationReport? Report, string? Error)> VerifyTextAsync(CredentialVerifier verifier, string? text, CancellationToken cancellationToken)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, "Paste a credential (JSON with a proof) or a VC-JWT.");
        }

        if (!trimmed.StartsWith('{'))
        {
            return await RunAsync(() => verifier.VerifyJwtAsync(trimmed, cancellationToken));
        }

        JsonObject? credential;
        try
        {
            credential = JsonNode.Parse(trimmed) as JsonObject;
        }
        catch (JsonException)
        {
            return (null, "The credential is not valid JSON.");
        }

        return credential is null
            ? (null, "The credential must be a JSON object.")
            : await RunAsync(() => verifier.VerifyAsync(credential, cancellationToken));
    }

    public static async Task<(VerificationReport? Report, string? Error)> RunAsync(Func<Task<VerificationReport>> verify)
    {
        try
        {
            return (await verify(), null);
        }
        catch (ProofFormatException exception)
        {
            return (null, exception.Message);
        }
        catch (JsonLdException exception)
        {
            return (null, $"The credential is not acceptable JSON-LD ({exception.Code}): {exception.Message}");
        }
        catch (CanonicalizationLimitExceededException)
        {
            return (null, "The credential's graph is too complex to canonicalize within the work limit.");
        }
    }
}
