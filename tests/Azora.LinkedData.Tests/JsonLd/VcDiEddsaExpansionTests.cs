using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azora.LinkedData.Canonicalization;
using Azora.LinkedData.JsonLd;
using Azora.LinkedData.Tests.TestSuite;

namespace Azora.LinkedData.Tests.JsonLd;

/// <summary>
/// JSON-LD to RDF against the vc-di-eddsa test vectors (w3c/vc-di-eddsa TestVectors/eddsa-rdfc-2022): the
/// alumni credential and its proof configuration, expanded with the bundled VC 2.0 context, canonicalized with
/// RDFC-1.0 and hashed, give exactly the published hashes (proof hash then document hash).
/// </summary>
public sealed class VcDiEddsaExpansionTests
{
    internal const string UnsignedAlumniCredential = """
        {
          "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/ns/credentials/examples/v2"
          ],
          "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
          "type": ["VerifiableCredential", "AlumniCredential"],
          "name": "Alumni Credential",
          "description": "A minimum viable example of an Alumni Credential.",
          "issuer": "https://vc.example/issuers/5678",
          "validFrom": "2023-01-01T00:00:00Z",
          "credentialSubject": {
            "id": "did:example:abcdefgh",
            "alumniOf": "The School of Examples"
          }
        }
        """;

    internal const string AlumniProofConfiguration = """
        {
          "type": "DataIntegrityProof",
          "cryptosuite": "eddsa-rdfc-2022",
          "created": "2023-02-24T23:36:38Z",
          "verificationMethod": "https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
          "proofPurpose": "assertionMethod",
          "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/ns/credentials/examples/v2"
          ]
        }
        """;

    // combinedHashDataInt.txt: SHA-256 of the canonical proof configuration, then of the canonical document.
    internal const string PublishedProofHash = "4c4d3890a157f8d611b13c265c2c22f39aa0a567c7c7dd9ba3e45cd579784eeb";
    internal const string PublishedDocumentHash = "517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017";

    private readonly JsonLdProcessor processor = new(ExampleContexts.Loader);

    private string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new RdfCanonicalizer().Canonicalize(processor.ToRdf(document.RootElement)).CanonicalNQuads;
    }

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void The_unsigned_alumni_credential_hashes_to_the_published_document_hash()
    {
        var canonical = Canonical(UnsignedAlumniCredential);

        Assert.Contains("<https://www.w3.org/2018/credentials#validFrom> \"2023-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>", canonical, StringComparison.Ordinal);
        Assert.Contains("<did:example:abcdefgh> <https://www.w3.org/ns/credentials/examples#alumniOf> \"The School of Examples\" .", canonical, StringComparison.Ordinal);
        Assert.Equal(PublishedDocumentHash, Sha256Hex(canonical));
    }

    [Fact]
    public void The_proof_configuration_gives_the_published_canonical_form_and_hash()
    {
        var canonical = Canonical(AlumniProofConfiguration);

        Assert.Equal(SuiteFiles.Read("vc-di-eddsa/proofCanonDataInt.nq"), canonical);
        Assert.Equal(PublishedProofHash, Sha256Hex(canonical));
    }

    [Fact]
    public void A_proof_under_the_graph_container_lands_in_its_own_named_graph()
    {
        var signed = UnsignedAlumniCredential.TrimEnd().TrimEnd('}') + """
            ,
              "proof": {
                "type": "DataIntegrityProof",
                "cryptosuite": "eddsa-rdfc-2022",
                "created": "2023-02-24T23:36:38Z",
                "verificationMethod": "https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                "proofPurpose": "assertionMethod",
                "proofValue": "z21EVs3eXERqTn4acNHT9viboqgzUaQ3kTmhPT3eA8qrVPE7CrQq78WkzctnMX5W4CrzcKnHw8V6dvy5pgWYCU5e9"
              }
            }
            """;
        using var document = JsonDocument.Parse(signed);

        var quads = processor.ToRdf(document.RootElement);

        var proofLink = Assert.Single(quads, quad => quad.Predicate.Value == "https://w3id.org/security#proof");
        Assert.Null(proofLink.Graph);
        var proofQuads = quads.Where(quad => quad.Graph is not null).ToList();
        Assert.Equal(6, proofQuads.Count);
        Assert.All(proofQuads, quad => Assert.Equal(proofLink.Object, quad.Graph));
        Assert.Contains(proofQuads, quad => quad.Predicate.Value == "https://w3id.org/security#proofValue");
    }
}
