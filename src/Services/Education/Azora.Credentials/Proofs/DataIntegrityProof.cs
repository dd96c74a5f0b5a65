using System.Globalization;
using System.Text.Json.Nodes;

namespace Azora.Credentials.Proofs;

/// <summary>The fields of a Data Integrity proof (W3C VC Data Integrity 1.0) that eddsa-rdfc-2022 reads.</summary>
internal sealed record DataIntegrityProof(string VerificationMethod, DateTimeOffset Created, string ProofPurpose, byte[] Signature)
{
    public const string Type = "DataIntegrityProof";
    public const string AssertionMethod = "assertionMethod";

    /// <summary>The proof of a secured document, checked for the eddsa-rdfc-2022 shape.</summary>
    /// <exception cref="ProofFormatException">No proof, several proofs, or a field missing or malformed.</exception>
    public static DataIntegrityProof Read(JsonObject secured)
    {
        if (secured["proof"] is not JsonObject proof)
        {
            throw new ProofFormatException("The credential has no single Data Integrity proof object.");
        }

        if (Text(proof, "type") != Type || Text(proof, "cryptosuite") != EddsaRdfc2022.Cryptosuite)
        {
            throw new ProofFormatException($"The proof is not a {Type} with cryptosuite {EddsaRdfc2022.Cryptosuite}.");
        }

        var verificationMethod = Text(proof, "verificationMethod") ?? throw new ProofFormatException("The proof has no verificationMethod.");
        var purpose = Text(proof, "proofPurpose") ?? throw new ProofFormatException("The proof has no proofPurpose.");
        if (!DateTimeOffset.TryParse(Text(proof, "created"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created))
        {
            throw new ProofFormatException("The proof's created is not a date-time.");
        }

        var proofValue = Text(proof, "proofValue");
        if (proofValue is null || proofValue.Length < 2 || proofValue[0] != 'z')
        {
            throw new ProofFormatException("The proof's proofValue is not multibase base58btc ('z').");
        }

        byte[] signature;
        try
        {
            signature = Base58Btc.Decode(proofValue[1..]);
        }
        catch (FormatException)
        {
            throw new ProofFormatException("The proof's proofValue is not valid base58btc.");
        }

        return signature.Length == 64
            ? new DataIntegrityProof(verificationMethod, created, purpose, signature)
            : throw new ProofFormatException("The proof's proofValue is not a 64-byte Ed25519 signature.");
    }

    public static string FormatCreated(DateTimeOffset created) =>
        created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Text(JsonObject proof, string name) =>
        proof[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
