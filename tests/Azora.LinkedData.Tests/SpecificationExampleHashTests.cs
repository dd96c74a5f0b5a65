using Azora.LinkedData.Canonicalization;
using Azora.LinkedData.Model;
using Azora.LinkedData.NQuads;

namespace Azora.LinkedData.Tests;

/// <summary>
/// Intermediate hashes published in the RDFC-1.0 specification's "duplicate paths" example log
/// (w3c/rdf-canon, spec/duplicate-paths.yml): first degree hashes, a related blank node hash and
/// Hash N-Degree Quads results, all with SHA-256.
/// </summary>
public sealed class SpecificationExampleHashTests
{
    private const string Dataset =
        "_:e0 <http://example.com/#p1> _:e1 .\n" +
        "_:e1 <http://example.com/#p2> \"Foo\" .\n" +
        "_:e2 <http://example.com/#p1> _:e3 .\n" +
        "_:e3 <http://example.com/#p2> \"Foo\" .\n";

    private const string SubjectFirstDegreeHash = "24da9a4406b4e66dffa10ad3d4d6dddc388fbf193bb124e865158ef419893957";
    private const string ObjectFirstDegreeHash = "a994e40b576809985bc0f389308cd9d552fd7c89d028c163848a6b2d33a8583a";

    private readonly CanonicalizationState state = new(NQuadsParser.Parse(Dataset), new CanonicalizationOptions());

    [Fact]
    public void First_degree_hashes_match_the_specification()
    {
        Assert.Equal(SubjectFirstDegreeHash, state.FirstDegreeHash("e0"));
        Assert.Equal(ObjectFirstDegreeHash, state.FirstDegreeHash("e1"));
        Assert.Equal(SubjectFirstDegreeHash, state.FirstDegreeHash("e2"));
        Assert.Equal(ObjectFirstDegreeHash, state.FirstDegreeHash("e3"));
    }

    [Fact]
    public void Related_blank_node_hash_matches_the_specification()
    {
        var quad = state.QuadsMentioning("e0")[0];
        var issuer = new IdentifierIssuer("b");
        issuer.Issue("e0");

        var hash = RelatedBlankNodeHashing.Hash(state, "e1", quad, issuer, RelatedBlankNodeHashing.ObjectPosition);

        Assert.Equal("3d96946f27fc34a78e8d067135a1cb1b77083aebc4b2c6cbdc536f067242686c", hash);
    }

    [Fact]
    public void Hash_n_degree_quads_matches_the_specification_at_both_levels()
    {
        var issuer = new IdentifierIssuer("b");
        issuer.Issue("e0");

        var result = NDegreeHashing.Hash(state, "e0", issuer);

        Assert.Equal("39d609fcd8236b74c70744f492cd2baaf0a55765b380ff9e0811ce23e2f409d7", result.Hash);
        Assert.Equal(["e0", "e1"], result.Issuer.IssueOrder);

        var nested = new IdentifierIssuer("b");
        nested.Issue("e0");
        nested.Issue("e1");
        Assert.Equal("c484f98e6cbf9e21f287433c8b1caa7f1486fd61d84ab220a494bf8184751b8c", NDegreeHashing.Hash(state, "e1", nested).Hash);
    }

    [Fact]
    public void Both_identical_components_get_consecutive_canonical_labels()
    {
        var result = new RdfCanonicalizer().Canonicalize(Dataset);

        Assert.Equal(
            "_:c14n0 <http://example.com/#p1> _:c14n1 .\n" +
            "_:c14n1 <http://example.com/#p2> \"Foo\" .\n" +
            "_:c14n2 <http://example.com/#p1> _:c14n3 .\n" +
            "_:c14n3 <http://example.com/#p2> \"Foo\" .\n",
            result.CanonicalNQuads);
        Assert.All(result.Quads, quad => Assert.IsType<BlankNode>(quad.Subject));
    }
}
