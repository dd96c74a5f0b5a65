using Azora.LinkedData.Canonicalization;
using Azora.LinkedData.Model;

namespace Azora.LinkedData.Tests;

public sealed class RdfCanonicalizerTests
{
    private const string Credential =
        "_:cred <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .\n" +
        "_:cred <https://www.w3.org/2018/credentials#credentialSubject> _:subject .\n" +
        "_:subject <https://schema.org/name> \"Ada\" .\n" +
        "_:subject <https://schema.org/knows> _:friend .\n" +
        "_:friend <https://schema.org/knows> _:subject .\n" +
        "_:cred <https://w3id.org/security#proof> _:proofGraph .\n" +
        "_:proof <https://w3id.org/security#cryptosuite> \"eddsa-rdfc-2022\" _:proofGraph .\n";

    [Fact]
    public void Relabelled_and_reordered_input_gives_the_same_canonical_document()
    {
        var relabelled = string.Concat(
            Credential.Replace("_:cred", "_:x9", StringComparison.Ordinal)
                .Replace("_:subject", "_:a1", StringComparison.Ordinal)
                .Replace("_:friend", "_:zz", StringComparison.Ordinal)
                .Replace("_:proofGraph", "_:g", StringComparison.Ordinal)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Reverse()
                .Select(line => line + "\n"));

        var canonicalizer = new RdfCanonicalizer();

        Assert.Equal(canonicalizer.Canonicalize(Credential).CanonicalNQuads, canonicalizer.Canonicalize(relabelled).CanonicalNQuads);
    }

    [Fact]
    public void Output_lines_are_sorted_and_every_blank_node_is_canonical()
    {
        var result = new RdfCanonicalizer().Canonicalize(Credential);

        var lines = result.CanonicalNQuads.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.Equal(5, result.IssuedIdentifiers.Count);
        Assert.All(result.IssuedIdentifiers.Values, label => Assert.StartsWith("c14n", label, StringComparison.Ordinal));
        Assert.DoesNotContain("_:cred", result.CanonicalNQuads, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_quads_count_once()
    {
        const string once = "_:a <urn:ex:p> \"v\" .\n";

        var result = new RdfCanonicalizer().Canonicalize(once + once);

        Assert.Equal("_:c14n0 <urn:ex:p> \"v\" .\n", result.CanonicalNQuads);
        Assert.Single(result.Quads);
    }

    [Fact]
    public void A_dataset_without_blank_nodes_is_only_sorted()
    {
        var result = new RdfCanonicalizer().Canonicalize("<urn:ex:b> <urn:ex:p> \"2\" .\n<urn:ex:a> <urn:ex:p> \"1\" .\n");

        Assert.Equal("<urn:ex:a> <urn:ex:p> \"1\" .\n<urn:ex:b> <urn:ex:p> \"2\" .\n", result.CanonicalNQuads);
        Assert.Empty(result.IssuedIdentifiers);
    }

    [Fact]
    public void Lines_are_ordered_by_code_point_not_by_utf16_code_unit()
    {
        // U+FF61 is one UTF-16 unit above the surrogates that encode U+1F303, but a lower code point.
        var quads = new[]
        {
            new Quad(new Iri("urn:ex:s"), new Iri("urn:ex:p"), new Literal("\U0001F303")),
            new Quad(new Iri("urn:ex:s"), new Iri("urn:ex:p"), new Literal("\uFF61")),
        };

        var result = new RdfCanonicalizer().Canonicalize(quads);

        Assert.Equal("\uFF61", ((Literal)result.Quads[0].Object).LexicalForm);
    }

    [Fact]
    public void Sha384_is_available_and_labels_stay_canonical()
    {
        var sha384 = new RdfCanonicalizer(new CanonicalizationOptions { HashAlgorithm = CanonicalHashAlgorithm.Sha384 });

        var result = sha384.Canonicalize(Credential);

        Assert.Equal(5, result.IssuedIdentifiers.Count);
        Assert.Equal(sha384.Canonicalize(Credential.Replace("_:friend", "_:other", StringComparison.Ordinal)).CanonicalNQuads, result.CanonicalNQuads);
    }
}
