using System.Security.Cryptography;
using Azora.AuditLoggingService.Domain;

namespace Azora.AuditLoggingService.Tests;

/// <summary>The cached tree against a plain recursive MTH, and every proof of a few thousand leaves.</summary>
public sealed class LargeTreeTests
{
    private const int LeafCount = 3000;
    private static readonly long[] Sizes = [1, 2, 3, 255, 256, 257, 1000, 1023, 1024, 1025, 2047, 2999, 3000];

    private static readonly List<byte[]> LeafHashes =
        Enumerable.Range(0, LeafCount).Select(i => MerkleHash.Leaf(BitConverter.GetBytes(i))).ToList();

    /// <summary>RFC 9162's MTH written as plainly as the RFC states it, with no caching.</summary>
    private static byte[] Mth(int start, int end)
    {
        var n = end - start;
        if (n == 0)
        {
            return SHA256.HashData([]);
        }
        if (n == 1)
        {
            return LeafHashes[start];
        }
        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }
        return MerkleHash.Node(Mth(start, start + k), Mth(start + k, end));
    }

    [Fact]
    public void The_cached_roots_equal_the_plain_recursive_definition()
    {
        var tree = MerkleTree.Of(LeafHashes);

        foreach (var size in Sizes.Append(0))
        {
            Assert.Equal(Mth(0, (int)size), tree.RootHash(size));
        }
    }

    [Fact]
    public void Every_leaf_has_an_inclusion_proof_that_verifies_at_several_sizes()
    {
        var tree = MerkleTree.Of(LeafHashes);

        foreach (var size in Sizes)
        {
            var root = tree.RootHash(size);
            for (var index = 0L; index < size; index++)
            {
                var proof = tree.InclusionProof(index, size);
                Assert.True(MerkleProofs.VerifyInclusion(LeafHashes[(int)index], index, size, proof, root), $"leaf {index} of {size}");
                Assert.False(MerkleProofs.VerifyInclusion(LeafHashes[(int)((index + 1) % LeafCount)], index, size, proof, root));
            }
        }
    }

    [Fact]
    public void Consistency_proofs_verify_between_many_pairs_of_sizes()
    {
        var tree = MerkleTree.Of(LeafHashes);
        var sizes = Enumerable.Range(0, 60).Select(i => (long)(i * 50 + i % 7)).Concat(Sizes).Distinct().Where(s => s <= LeafCount).ToList();

        foreach (var first in sizes)
        {
            foreach (var second in sizes.Where(s => s >= first))
            {
                var proof = tree.ConsistencyProof(first, second);
                Assert.True(MerkleProofs.VerifyConsistency(first, second, tree.RootHash(first), tree.RootHash(second), proof), $"{first} to {second}");
                if (first > 0 && first < second)
                {
                    Assert.False(MerkleProofs.VerifyConsistency(first, second, tree.RootHash(first - 1), tree.RootHash(second), proof));
                }
            }
        }
    }
}
