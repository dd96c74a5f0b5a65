using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace Azora.Credentials.Verification;

/// <summary>
/// Asks audit-logging-service's public endpoint for the inclusion proof of an audit event and checks it here: the
/// leaf hash must be the RFC 6962 hash of the logged entry naming the credential, and the RFC 9162 audit path from it
/// must lead to the root hash of the signed tree head.
/// </summary>
internal sealed class AuditLogProofs(HttpClient http)
{
    public async Task<VerificationCheck> CheckAsync(Guid eventId, Guid credentialId, CancellationToken cancellationToken)
    {
        InclusionProofResponse? proof;
        try
        {
            using var response = await http.GetAsync($"api/log/proofs/events/{eventId:D}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return VerificationCheck.Unavailable(CheckNames.AuditLog, $"The audit log has not yet covered the issuance event {eventId:D} with a signed tree head.");
            }

            if (!response.IsSuccessStatusCode)
            {
                return VerificationCheck.Unavailable(CheckNames.AuditLog, $"The audit log answered {(int)response.StatusCode}.");
            }

            proof = await response.Content.ReadFromJsonAsync<InclusionProofResponse>(cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or NotSupportedException)
        {
            return VerificationCheck.Unavailable(CheckNames.AuditLog, "The audit log cannot be reached.");
        }

        if (proof is null)
        {
            return VerificationCheck.Unavailable(CheckNames.AuditLog, "The audit log returned no proof.");
        }

        return Verify(proof) && proof.EventId == eventId && proof.LeafContent.Contains(credentialId.ToString("D"), StringComparison.OrdinalIgnoreCase)
            ? VerificationCheck.Pass(CheckNames.AuditLog, $"The issuance event is leaf {proof.LeafIndex} of the signed log of {proof.TreeSize} entries (root {proof.RootHash}).")
            : VerificationCheck.Fail(CheckNames.AuditLog, "The audit path does not lead from the issuance event to the signed root.");
    }

    /// <summary>RFC 9162 section 2.1.3.2: recompute the root from the leaf hash and the audit path.</summary>
    internal static bool Verify(InclusionProofResponse proof)
    {
        try
        {
            if (proof.LeafIndex < 0 || proof.LeafIndex >= proof.TreeSize)
            {
                return false;
            }

            var (index, last) = (proof.LeafIndex, proof.TreeSize - 1);
            var hash = Convert.FromHexString(proof.LeafHash);
            if (!SHA256.HashData([0x00, .. System.Text.Encoding.UTF8.GetBytes(proof.LeafContent)]).AsSpan().SequenceEqual(hash))
            {
                return false;
            }

            foreach (var siblingHex in proof.AuditPath)
            {
                if (last == 0)
                {
                    return false;
                }

                var sibling = Convert.FromHexString(siblingHex);
                if ((index & 1) == 1 || index == last)
                {
                    hash = NodeHash(sibling, hash);
                    while ((index & 1) == 0 && index != 0)
                    {
                        index >>= 1;
                        last >>= 1;
                    }
                }
                else
                {
                    hash = NodeHash(hash, sibling);
                }

                index >>= 1;
                last >>= 1;
            }

            return last == 0
                && string.Equals(Convert.ToHexStringLower(hash), proof.RootHash, StringComparison.OrdinalIgnoreCase)
                && proof.TreeHead is { } head
                && head.TreeSize == proof.TreeSize
                && string.Equals(proof.RootHash, head.RootHash, StringComparison.OrdinalIgnoreCase);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] NodeHash(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);
}

internal sealed record InclusionProofResponse(
    [property: JsonPropertyName("eventId")] Guid EventId,
    [property: JsonPropertyName("leafIndex")] long LeafIndex,
    [property: JsonPropertyName("leafContent")] string LeafContent,
    [property: JsonPropertyName("leafHash")] string LeafHash,
    [property: JsonPropertyName("treeSize")] long TreeSize,
    [property: JsonPropertyName("rootHash")] string RootHash,
    [property: JsonPropertyName("auditPath")] IReadOnlyList<string> AuditPath,
    [property: JsonPropertyName("treeHead")] SignedTreeHead? TreeHead);

/// <summary>The signed tree head the proof is relative to (its Ed25519 signature is the log's own to check).</summary>
internal sealed record SignedTreeHead(
    [property: JsonPropertyName("treeSize")] long TreeSize,
    [property: JsonPropertyName("rootHash")] string RootHash,
    [property: JsonPropertyName("signature")] string? Signature,
    [property: JsonPropertyName("keyId")] string? KeyId);
