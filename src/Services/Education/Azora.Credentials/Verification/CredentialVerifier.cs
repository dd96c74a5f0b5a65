using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azora.Credentials.Data;
using Azora.Credentials.Domain;
using Azora.Credentials.Issuer;
using Azora.Credentials.Proofs;
using Azora.Credentials.Status;
using Azora.LinkedData.JsonLd;
using Microsoft.EntityFrameworkCore;
using NSec.Cryptography;

namespace Azora.Credentials.Verification;

/// <summary>
/// Verifies a credential in either proof format and reports each check: the proof (signature over the credential
/// as presented), the issuer key (our did:web issuer and one of its keys, current or rotated), the status (both
/// status lists), the validity dates and the audit-log inclusion proof of the issuance.
/// </summary>
/// <remarks>Input that is not a credential at all (malformed JSON-LD, unknown contexts, a malformed proof, a key that is
/// not Ed25519) throws <see cref="ProofFormatException"/> or <see cref="JsonLdException"/>: a bad request, not a verdict.</remarks>
internal sealed class CredentialVerifier(
    IssuerKeyRing keys,
    EddsaRdfc2022 dataIntegrity,
    StatusLists statusLists,
    CredentialsDbContext db,
    AuditLogProofs auditLog,
    VerifiedInclusions inclusions,
    CredentialsOptions options,
    TimeProvider clock)
{
    public const string DataIntegrityFormat = "data-integrity";
    public const string JwtFormat = "vc-jwt";

    public async Task<VerificationReport> VerifyAsync(JsonObject credential, CancellationToken cancellationToken)
    {
        var proof = DataIntegrityProof.Read(credential);
        CheckCredentialShape(credential);
        var (keyCheck, publicKey) = await CheckIssuerKeyAsync(proof.VerificationMethod, credential, cancellationToken);
        VerificationCheck proofCheck;
        if (publicKey is null)
        {
            dataIntegrity.Canonicalize(credential);
            proofCheck = VerificationCheck.Unavailable(CheckNames.Proof, "No issuer key to check the signature with.");
        }
        else if (proof.ProofPurpose != DataIntegrityProof.AssertionMethod)
        {
            proofCheck = VerificationCheck.Fail(CheckNames.Proof, $"The proof purpose is {proof.ProofPurpose}, not assertionMethod.");
        }
        else
        {
            proofCheck = dataIntegrity.Verify(credential, publicKey)
                ? VerificationCheck.Pass(CheckNames.Proof, "The eddsa-rdfc-2022 signature covers the credential exactly as presented.")
                : VerificationCheck.Fail(CheckNames.Proof, "The eddsa-rdfc-2022 signature does not match: the credential or its proof was changed.");
        }

        return await ReportAsync(DataIntegrityFormat, credential, proofCheck, keyCheck, cancellationToken);
    }

    public async Task<VerificationReport> VerifyJwtAsync(string jwt, CancellationToken cancellationToken)
    {
        var parsed = VcJwt.Parse(jwt);
        CheckCredentialShape(parsed.Credential);
        var (keyCheck, publicKey) = await CheckIssuerKeyAsync(parsed.KeyId, parsed.Credential, cancellationToken);
        var proofCheck = publicKey is null
            ? VerificationCheck.Unavailable(CheckNames.Proof, "No issuer key to check the signature with.")
            : parsed.VerifiesWith(publicKey)
                ? VerificationCheck.Pass(CheckNames.Proof, "The EdDSA JWS signature covers the header and the credential.")
                : VerificationCheck.Fail(CheckNames.Proof, "The EdDSA JWS signature does not match: the token was changed.");
        return await ReportAsync(JwtFormat, parsed.Credential, proofCheck, keyCheck, cancellationToken);
    }

    private async Task<VerificationReport> ReportAsync(
        string format, JsonObject credential, VerificationCheck proofCheck, VerificationCheck keyCheck, CancellationToken cancellationToken)
    {
        var credentialId = Text(credential["id"]);
        var checks = new List<VerificationCheck>
        {
            proofCheck,
            keyCheck,
            await CheckStatusAsync(credential, cancellationToken),
            CheckValidity(credential),
            await CheckAuditLogAsync(credentialId, cancellationToken),
        };
        return new VerificationReport(format, credentialId, checks);
    }

    private static void CheckCredentialShape(JsonObject credential)
    {
        if (credential["@context"] is not JsonArray contexts || contexts.Count == 0 || Text(contexts[0]) != BundledContextLoader.CredentialsV2)
        {
            throw new ProofFormatException($"The credential's @context must start with {BundledContextLoader.CredentialsV2}.");
        }

        var types = credential["type"] switch
        {
            JsonArray array => array.Select(Text).ToList(),
            var single => [Text(single)],
        };
        if (!types.Contains("VerifiableCredential"))
        {
            throw new ProofFormatException("The credential's type must include VerifiableCredential.");
        }
    }

    private async Task<(VerificationCheck Check, PublicKey? Key)> CheckIssuerKeyAsync(
        string verificationMethod, JsonObject credential, CancellationToken cancellationToken)
    {
        var hash = verificationMethod.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            throw new ProofFormatException("The verification method must be a DID URL with the key's fragment (did:web:...#z6Mk...).");
        }

        PublicKey publicKey;
        try
        {
            publicKey = Multikey.DecodePublicKey(verificationMethod[(hash + 1)..]);
        }
        catch (FormatException exception)
        {
            throw new ProofFormatException($"The verification method does not name an Ed25519 Multikey: {exception.Message}");
        }

        var issuer = credential["issuer"] is JsonObject profile ? Text(profile["id"]) : Text(credential["issuer"]);
        if (issuer != options.IssuerDid)
        {
            return (VerificationCheck.Fail(CheckNames.IssuerKey, $"The issuer '{issuer}' is not this issuer ({options.IssuerDid})."), null);
        }

        if (verificationMethod[..hash] != issuer)
        {
            return (VerificationCheck.Fail(CheckNames.IssuerKey, "The signing key does not belong to the credential's issuer."), null);
        }

        var key = await keys.FindAsync(verificationMethod, cancellationToken);
        if (key is null)
        {
            return (VerificationCheck.Fail(CheckNames.IssuerKey, $"{verificationMethod} is not in the issuer's DID document."), null);
        }

        var state = key.IsCurrent ? "the current key" : $"a key rotated out on {key.RetiredAt:yyyy-MM-dd}, still listed";
        return (VerificationCheck.Pass(CheckNames.IssuerKey, $"{verificationMethod} is {state} in the issuer's DID document."), publicKey);
    }

    private async Task<VerificationCheck> CheckStatusAsync(JsonObject credential, CancellationToken cancellationToken)
    {
        var entries = credential["credentialStatus"] switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject single => [single],
            _ => [],
        };
        if (entries.Count == 0)
        {
            return VerificationCheck.Fail(CheckNames.Status, "The credential has no status list entries.");
        }

        var positions = new List<StatusPosition>();
        foreach (var entry in entries)
        {
            var purposeText = Text(entry["statusPurpose"]) ?? "";
            if (Text(entry["type"]) != "BitstringStatusListEntry" || !StatusPurposes.TryParse(purposeText, out var purpose)
                || Text(entry["statusListCredential"]) != options.StatusListUrl(purpose))
            {
                return VerificationCheck.Unavailable(CheckNames.Status, "A status entry points to a list this issuer does not publish.");
            }

            if (!int.TryParse(Text(entry["statusListIndex"]), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || index >= CredentialsOptions.StatusListLength)
            {
                return VerificationCheck.Fail(CheckNames.Status, $"The {purposeText} entry has no valid statusListIndex.");
            }

            positions.Add(new StatusPosition(purpose, index));
        }

        // Read now, on every verification: a revocation or suspension counts from the moment it is committed.
        var set = await statusLists.SetAmongAsync(positions, cancellationToken);
        var findings = positions.Where(set.Contains)
            .Select(position => position.Purpose == StatusPurpose.Revocation ? "revoked" : "suspended")
            .ToList();
        return findings.Count == 0
            ? VerificationCheck.Pass(CheckNames.Status, "Neither revoked nor suspended in the published status lists.")
            : VerificationCheck.Fail(CheckNames.Status, "The credential is " + string.Join(" and ", findings) + ".");
    }

    private VerificationCheck CheckValidity(JsonObject credential)
    {
        var now = clock.GetUtcNow();
        if (!TryReadDate(credential["validFrom"], out var validFrom))
        {
            return VerificationCheck.Fail(CheckNames.Validity, "validFrom is missing or not a date-time.");
        }

        if (validFrom > now)
        {
            return VerificationCheck.Fail(CheckNames.Validity, $"Not valid before {validFrom:O}.");
        }

        if (credential["validUntil"] is { } until)
        {
            if (!TryReadDate(until, out var validUntil))
            {
                return VerificationCheck.Fail(CheckNames.Validity, "validUntil is not a date-time.");
            }

            if (validUntil <= now)
            {
                return VerificationCheck.Fail(CheckNames.Validity, $"Expired at {validUntil:O}.");
            }
        }

        return VerificationCheck.Pass(CheckNames.Validity, $"Valid from {validFrom:O}" + (credential["validUntil"] is null ? ", no expiry." : "."));
    }

    private async Task<VerificationCheck> CheckAuditLogAsync(string? credentialId, CancellationToken cancellationToken)
    {
        const string prefix = "urn:uuid:";
        if (credentialId is null || !credentialId.StartsWith(prefix, StringComparison.Ordinal) || !Guid.TryParse(credentialId[prefix.Length..], out var id))
        {
            return VerificationCheck.Unavailable(CheckNames.AuditLog, "The credential has no id this issuer recorded.");
        }

        if (inclusions.TryGet(id, out var proven))
        {
            return proven;
        }

        var eventId = await db.Credentials.AsNoTracking().Where(c => c.Id == id).Select(c => (Guid?)c.AuditEventId).SingleOrDefaultAsync(cancellationToken);
        if (eventId is not { } issuance)
        {
            return VerificationCheck.Unavailable(CheckNames.AuditLog, "This issuer has no record of issuing the credential.");
        }

        var check = await auditLog.CheckAsync(issuance, id, cancellationToken);
        inclusions.Remember(id, check);
        return check;
    }

    private static bool TryReadDate(JsonNode? node, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(Text(node), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
