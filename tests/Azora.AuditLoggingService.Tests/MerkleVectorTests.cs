using Azora.AuditLoggingService.Domain;
using static Azora.AuditLoggingService.Tests.RfcTestVectors;

namespace Azora.AuditLoggingService.Tests;

/// <summary>The tree, its proofs and their verification against the published RFC 6962 reference values.</summary>
public sealed class MerkleVectorTests
{
    private static MerkleTree ReferenceTree() => MerkleTree.Of(Leaves.Select(leaf => MerkleHash.Leaf(Hex(leaf))));

    private static byte[][] Hashes(string[] hex) => hex.Select(Hex).ToArray();

    [Fact]
    public void The_empty_tree_has_the_published_root()
    {
        Assert.Equal(EmptyRoot, Convert.ToHexStringLower(new MerkleTree().RootHash(0)));
    }

    [Fact]
    public void Every_size_of_the_example_tree_has_the_published_root()
    {
        var tree = ReferenceTree();

        for (var size = 1; size <= 8; size++)
        {
            Assert.Equal(Roots[size - 1], Convert.ToHexStringLower(tree.RootHash(size)));
        }
    }

    [Fact]
    public void A_tree_grown_leaf_by_leaf_has_each_published_root_on_the_way()
    {
        var tree = new MerkleTree();

        for (var size = 1; size <= 8; size++)
        {
            tree.Append(MerkleHash.Leaf(Hex(Leaves[size - 1])));
            Assert.Equal(Roots[size - 1], Convert.ToHexStringLower(tree.RootHash(tree.Size)));
        }
    }

    [Fact]
    public void Audit_paths_are_the_published_ones_and_verify()
    {
        var tree = ReferenceTree();

        foreach (var (index, size, path) in InclusionProofs)
        {
            var proof = tree.InclusionProof(index, size);

            Assert.Equal(path, proof.Select(Convert.ToHexStringLower));
            Assert.True(MerkleProofs.VerifyInclusion(tree.LeafHash(index), index, size, Hashes(path), Hex(Roots[size - 1])), $"leaf {index} of {size}");
        }
    }

    [Fact]
    public void Consistency_proofs_are_the_published_ones_and_verify()
    {
        var tree = ReferenceTree();

        foreach (var (first, second, expected) in ConsistencyProofs)
        {
            var proof = tree.ConsistencyProof(first, second);

            Assert.Equal(expected, proof.Select(Convert.ToHexStringLower));
            Assert.True(MerkleProofs.VerifyConsistency(first, second, Hex(Roots[first - 1]), Hex(Roots[second - 1]), Hashes(expected)), $"{first} to {second}");
        }
    }

    [Fact]
    public void Corrupted_inclusion_proofs_are_refused()
    {
        foreach (var (index, size, path) in InclusionProofs.Where(p => p.Path.Length > 0))
        {
            var leaf = MerkleHash.Leaf(Hex(Leaves[index]));
            var root = Hex(Roots[size - 1]);
            var proof = Hashes(path);

            Assert.False(MerkleProofs.VerifyInclusion(leaf, index + 1, size, proof, root));
            Assert.False(MerkleProofs.VerifyInclusion(leaf, index ^ 2, size, proof, root));
            Assert.False(MerkleProofs.VerifyInclusion(leaf, index, size * 2, proof, root));
            Assert.False(MerkleProofs.VerifyInclusion(leaf, index, size / 2, proof, root));
            Assert.False(MerkleProofs.VerifyInclusion(MerkleHash.Leaf("wrong leaf"u8), index, size, proof, root));
            Assert.False(MerkleProofs.VerifyInclusion(leaf, index, size, proof, Hex(EmptyRoot)));
            Assert.False(MerkleProofs.VerifyInclusion(leaf, index, size, [.. proof, root], root));
            Assert.False(MerkleProofs.VerifyInclusion(leaf, index, size, [root, .. proof], root));
            Assert.False(MerkleProofs.VerifyInclusion(leaf, index, size, proof[..^1], root));
            Assert.False(MerkleProofs.VerifyInclusion(leaf, index, size, [.. proof, []], root));
            for (var i = 0; i < proof.Length; i++)
            {
                var flipped = proof.Select(h => h.ToArray()).ToList();
                flipped[i][0] ^= 8;
                Assert.False(MerkleProofs.VerifyInclusion(leaf, index, size, flipped, root), $"bit flipped in proof[{i}]");
            }
        }
    }

    [Fact]
    public void Corrupted_consistency_proofs_are_refused()
    {
        foreach (var (first, second, expected) in ConsistencyProofs.Where(p => p.Proof.Length > 0))
        {
            var firstRoot = Hex(Roots[first - 1]);
            var secondRoot = Hex(Roots[second - 1]);
            var proof = Hashes(expected);

            Assert.False(MerkleProofs.VerifyConsistency(first - 1, second, firstRoot, secondRoot, proof));
            Assert.False(MerkleProofs.VerifyConsistency(first + 1, second, firstRoot, secondRoot, proof));
            Assert.False(MerkleProofs.VerifyConsistency(first, second * 2, firstRoot, secondRoot, proof));
            Assert.False(MerkleProofs.VerifyConsistency(first, second, secondRoot, firstRoot, proof));
            Assert.False(MerkleProofs.VerifyConsistency(first, second, Hex(EmptyRoot), secondRoot, proof));
            Assert.False(MerkleProofs.VerifyConsistency(first, second, firstRoot, secondRoot, []));
            Assert.False(MerkleProofs.VerifyConsistency(first, second, firstRoot, secondRoot, [.. proof, secondRoot]));
            Assert.False(MerkleProofs.VerifyConsistency(first, second, firstRoot, secondRoot, [firstRoot, .. proof]));
            Assert.False(MerkleProofs.VerifyConsistency(first, second, firstRoot, secondRoot, proof[..^1]));
            for (var i = 0; i < proof.Length; i++)
            {
                var flipped = proof.Select(h => h.ToArray()).ToList();
                flipped[i][0] ^= 16;
                Assert.False(MerkleProofs.VerifyConsistency(first, second, firstRoot, secondRoot, flipped), $"bit flipped in proof[{i}]");
            }
        }
    }

    [Fact]
    public void Trivial_consistency_holds_only_with_an_empty_proof_and_matching_roots()
    {
        var root = Hex(Roots[0]);

        Assert.True(MerkleProofs.VerifyConsistency(0, 5, Hex(EmptyRoot), root, []));
        Assert.True(MerkleProofs.VerifyConsistency(1, 1, root, root, []));
        Assert.False(MerkleProofs.VerifyConsistency(1, 1, root, Hex(Roots[1]), []));
        Assert.False(MerkleProofs.VerifyConsistency(1, 1, root, root, [root]));
        Assert.False(MerkleProofs.VerifyConsistency(2, 1, root, root, []));
    }

    [Fact]
    public void Proofs_outside_the_tree_are_refused_when_asked_for()
    {
        var tree = ReferenceTree();

        Assert.Throws<ArgumentOutOfRangeException>(() => tree.InclusionProof(8, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.InclusionProof(-1, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.InclusionProof(0, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.ConsistencyProof(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.RootHash(9));
    }
}
