using System.Text.Json.Nodes;
using Azora.Credentials.Proofs;
using Azora.LinkedData.JsonLd;
using NSec.Cryptography;

namespace Azora.Credentials.Tests.Proofs;

/// <summary>
/// The published eddsa-rdfc-2022 test vectors (W3C vc-di-eddsa, Appendix "Representation: eddsa-rdfc-2022",
/// TestVectors/keyPair.json and TestVectors/eddsa-rdfc-2022): the key pair, the alumni credential, the hashes
/// and the signature, copied here as published.
/// </summary>
public sealed class EddsaRdfc2022VectorTests
{
    private const string PublicKeyMultibase = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    private const string SecretKeyMultibase = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    private const string VerificationMethod = "https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    private const string Created = "2023-02-24T23:36:38Z";
    private const string CombinedHash = "4c4d3890a157f8d611b13c265c2c22f39aa0a567c7c7dd9ba3e45cd579784eeb517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017";
    private const string ProofValue = "z21EVs3eXERqTn4acNHT9viboqgzUaQ3kTmhPT3eA8qrVPE7CrQq78WkzctnMX5W4CrzcKnHw8V6dvy5pgWYCU5e9";

    private const string UnsignedCredential = """
        {
          "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
          "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
          "type": ["VerifiableCredential", "AlumniCredential"],
          "name": "Alumni Credential",
          "description": "A minimum viable example of an Alumni Credential.",
          "issuer": "https://vc.example/issuers/5678",
          "validFrom": "2023-01-01T00:00:00Z",
          "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"}
        }
        """;

    // https://www.w3.org/ns/credentials/examples/v2, as published.
    private static readonly BundledContextLoader Loader = new(new Dictionary<string, string>
    {
        ["https://www.w3.org/ns/credentials/examples/v2"] = """{"@context":{"@vocab":"https://www.w3.org/ns/credentials/examples#"}}""",
    });

    private readonly EddsaRdfc2022 suite = new(new JsonLdProcessor(Loader));

    private static Key VectorKey() =>
        Key.Import(SignatureAlgorithm.Ed25519, Multikey.DecodeSecretKey(SecretKeyMultibase), KeyBlobFormat.RawPrivateKey);

    [Fact]
    public void The_secret_key_derives_the_published_public_multikey()
    {
        using var key = VectorKey();

        Assert.Equal(PublicKeyMultibase, Multikey.EncodePublicKey(key.PublicKey));
    }

    [Fact]
    public void The_hash_data_is_the_published_proof_hash_then_document_hash()
    {
        var proofOptions = new JsonObject
        {
            ["type"] = "DataIntegrityProof",
            ["cryptosuite"] = "eddsa-rdfc-2022",
            ["created"] = Created,
            ["verificationMethod"] = VerificationMethod,
            ["proofPurpose"] = "assertionMethod",
        };

        var hash = suite.HashData(JsonNode.Parse(UnsignedCredential)!.AsObject(), proofOptions);

        Assert.Equal(CombinedHash, Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void Signing_the_alumni_credential_gives_the_published_signature_and_proof_value()
    {
        using var key = VectorKey();

        var secured = suite.AddProof(JsonNode.Parse(UnsignedCredential)!.AsObject(), key, VerificationMethod, DateTimeOffset.Parse(Created, System.Globalization.CultureInfo.InvariantCulture));

        var proof = secured["proof"]!.AsObject();
        Assert.Equal(ProofValue, proof["proofValue"]!.GetValue<string>());
        Assert.True(SignatureAlgorithm.Ed25519.Verify(key.PublicKey, Convert.FromHexString(CombinedHash), Base58Btc.Decode(ProofValue[1..])));
        Assert.Equal(Created, proof["created"]!.GetValue<string>());
    }

    [Fact]
    public void The_published_signed_credential_verifies_and_a_changed_one_does_not()
    {
        var secured = JsonNode.Parse(UnsignedCredential)!.AsObject();
        secured["proof"] = new JsonObject
        {
            ["type"] = "DataIntegrityProof",
            ["cryptosuite"] = "eddsa-rdfc-2022",
            ["created"] = Created,
            ["verificationMethod"] = VerificationMethod,
            ["proofPurpose"] = "assertionMethod",
            ["proofValue"] = ProofValue,
        };
        var publicKey = Multikey.DecodePublicKey(PublicKeyMultibase);

        Assert.True(suite.Verify(secured, publicKey));
        secured["credentialSubject"]!["alumniOf"] = "Another School";
        Assert.False(suite.Verify(secured, publicKey));
    }
}
