using Azora.LinkedData.Canonicalization;

namespace Azora.LinkedData.Tests;

/// <summary>
/// The work limit that refuses datasets crafted to make Hash N-Degree Quads explode
/// (the W3C poison clique, test074, runs in <see cref="W3cCanonicalizationSuiteTests"/>).
/// </summary>
public sealed class PoisonGraphTests
{
    [Fact]
    public void The_limit_counts_hash_n_degree_calls()
    {
        // Each of the two nodes starts one Hash N-Degree Quads run, which recurses once into the other: 4 calls.
        const string circleOfTwo = "_:e0 <http://example.org/vocab#next> _:e1 .\n_:e1 <http://example.org/vocab#next> _:e0 .\n";

        var tooStrict = new RdfCanonicalizer(new CanonicalizationOptions { MaxHashNDegreeCalls = 3 });
        var enough = new RdfCanonicalizer(new CanonicalizationOptions { MaxHashNDegreeCalls = 4 });

        Assert.Throws<CanonicalizationLimitExceededException>(() => tooStrict.Canonicalize(circleOfTwo));
        Assert.Equal(
            "_:c14n0 <http://example.org/vocab#next> _:c14n1 .\n_:c14n1 <http://example.org/vocab#next> _:c14n0 .\n",
            enough.Canonicalize(circleOfTwo).CanonicalNQuads);
    }

    [Fact]
    public void Datasets_with_only_unique_first_degree_hashes_need_no_n_degree_work()
    {
        var noDeepWork = new RdfCanonicalizer(new CanonicalizationOptions { MaxHashNDegreeCalls = 0 });

        var result = noDeepWork.Canonicalize("_:a <urn:ex:p> \"1\" .\n_:b <urn:ex:q> \"2\" .\n");

        Assert.Equal(2, result.IssuedIdentifiers.Count);
    }
}
