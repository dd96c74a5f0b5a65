using Azora.LinkedData.Canonicalization;

namespace Azora.LinkedData.Tests;

public sealed class PermutationsTests
{
    [Fact]
    public void Every_ordering_appears_once_starting_from_the_sorted_list()
    {
        var permutations = Permutations.Of(["c", "a", "d", "b"]).Select(p => string.Join(",", p)).ToList();

        Assert.Equal(24, permutations.Count);
        Assert.Equal(24, permutations.Distinct().Count());
        Assert.Equal("a,b,c,d", permutations[0]);
    }

    [Fact]
    public void Consecutive_orderings_differ_by_one_adjacent_swap()
    {
        var permutations = Permutations.Of(["a", "b", "c"]).ToList();

        Assert.Equal(["a", "b", "c"], permutations[0]);
        Assert.Equal(["a", "c", "b"], permutations[1]);
        Assert.Equal(["c", "a", "b"], permutations[2]);
        Assert.Equal(["c", "b", "a"], permutations[3]);
        Assert.Equal(["b", "c", "a"], permutations[4]);
        Assert.Equal(["b", "a", "c"], permutations[5]);
    }

    [Fact]
    public void A_single_identifier_has_one_ordering()
    {
        Assert.Single(Permutations.Of(["x"]));
    }
}
