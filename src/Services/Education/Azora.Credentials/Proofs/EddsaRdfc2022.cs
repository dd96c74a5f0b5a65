using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azora.LinkedData.Canonicalization;
using Azora.LinkedData.JsonLd;
using NSec.Cryptography;

namespace Azora.Credentials.Proofs;

/// <summary>
/// The eddsa-rdfc-2022 cryptosuite (W3C Data Integrity EdDSA Cryptosuites 1.0): the document without its proof and
/// the proof configuration (the proof without proofValue, under the document's @context) are each expanded to RDF,
/// canonicalized with RDFC-1.0 and hashed with SHA-256; Ed25519 signs the proof hash followed by the document hash.
/// </summary>
internal sealed class EddsaRdfc2022(JsonLdProcessor jsonLd)
{
    public const string Cryptosuite = "eddsa-rdfc-2022";

    private readonly RdfCanonicalizer canonicalizer = new();

    /// <summary>A copy of the document with a new proof signed by the key.</summary>
    public JsonObject AddProof(JsonObject unsecured, Key key, string verificationMethod, DateTimeOffset created)
    {
        var proof = new JsonObject
        {
            ["type"] = DataIntegrityProof.Type,
            ["cryptosuite"] = Cryptosuite,
            ["created"] = DataIntegrityProof.FormatCreated(created),
            ["verificationMethod"] = verificationMethod,
            ["proofPurpose"] = DataIntegrityProof.AssertionMethod,
        };
        var document = unsecured.DeepClone().AsObject();
        document.Remove("proof");
        var signature = SignatureAlgorithm.Ed25519.Sign(key, HashData(document, proof));
        proof["proofValue"] = "z" + Base58Btc.Encode(signature);
        document["proof"] = proof;
        return document;
    }

    /// <summary>Whether the proof's signature verifies with the key over the document as it is now.</summary>
    /// <exception cref="ProofFormatException">The proof is malformed.</exception>
    /// <exception cref="JsonLdException">The document or proof is not acceptable JSON-LD.</exception>
    public bool Verify(JsonObject secured, PublicKey key)
    {
        var proof = DataIntegrityProof.Read(secured);
        var document = secured.DeepClone().AsObject();
        var proofOptions = document["proof"]!.AsObject();
        document.Remove("proof");
        proofOptions.Remove("proofValue");
        if (proofOptions.ContainsKey("@context"))
        {
            throw new ProofFormatException("The proof carries its own @context; it must use the credential's.");
        }

        return SignatureAlgorithm.Ed25519.Verify(key, HashData(document, proofOptions), proof.Signature);
    }

    /// <summary>SHA-256 of the canonical proof configuration, then SHA-256 of the canonical document (64 bytes).</summary>
    public byte[] HashData(JsonObject unsecured, JsonObject proofOptions)
    {
        var configuration = proofOptions.DeepClone().AsObject();
        configuration["@context"] = unsecured["@context"]?.DeepClone();
        return [.. Sha256(Canonicalize(configuration)), .. Sha256(Canonicalize(unsecured))];
    }

    public string Canonicalize(JsonObject document)
    {
        var element = JsonSerializer.SerializeToElement(document);
        return canonicalizer.Canonicalize(jsonLd.ToRdf(element)).CanonicalNQuads;
    }

    private static byte[] Sha256(string canonical) => SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
}
