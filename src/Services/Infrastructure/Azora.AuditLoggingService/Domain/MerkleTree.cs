namespace Azora.AuditLoggingService.Domain;

/// <summary>
/// An append-only Merkle tree over leaf hashes (RFC 9162 section 2.1): tree heads of any past size, audit paths and
/// consistency proofs. Complete subtrees are cached level by level as leaves arrive, so a root or a proof costs
/// O(log² n) hashes rather than rehashing the whole log. Not thread-safe: callers serialise access.
/// </summary>
internal sealed class MerkleTree
{
    // _levels[h][i] is the hash of the complete subtree of 2^h leaves starting at leaf i * 2^h.
    private readonly List<List<byte[]>> _levels = [[]];

    public long Size => _levels[0].Count;

    public static MerkleTree Of(IEnumerable<byte[]> leafHashes)
    {
        var tree = new MerkleTree();
        foreach (var hash in leafHashes)
        {
            tree.Append(hash);
        }
        return tree;
    }

    public byte[] LeafHash(long index) => _levels[0][checked((int)index)];

    public void Append(byte[] leafHash)
    {
        if (leafHash.Length != MerkleHash.Length)
        {
            throw new ArgumentException("A leaf hash is 32 bytes.", nameof(leafHash));
        }
        _levels[0].Add(leafHash);
        for (var level = 0; _levels[level].Count % 2 == 0; level++)
        {
            if (_levels.Count == level + 1)
            {
                _levels.Add([]);
            }
            var nodes = _levels[level];
            _levels[level + 1].Add(MerkleHash.Node(nodes[^2], nodes[^1]));
        }
    }

    /// <summary>MTH(D[0:size]): the root of the tree of the first <paramref name="size"/> leaves.</summary>
    public byte[] RootHash(long size)
    {
        RequireSize(size, nameof(size));
        return size == 0 ? MerkleHash.Empty : SubtreeHash(0, size);
    }

    /// <summary>PATH(index, D[0:size]) (RFC 9162 section 2.1.3.1), ordered from the leaf up.</summary>
    public IReadOnlyList<byte[]> InclusionProof(long index, long size)
    {
        RequireSize(size, nameof(size));
        if (index < 0 || index >= size)
        {
            throw new ArgumentOutOfRangeException(nameof(index), "The leaf index must be below the tree size.");
        }
        var path = new List<byte[]>();
        AppendPath(index, 0, size, path);
        return path;
    }

    /// <summary>PROOF(first, D[0:second]) (RFC 9162 section 2.1.4.1); empty when the sizes are equal or the first is 0.</summary>
    public IReadOnlyList<byte[]> ConsistencyProof(long first, long second)
    {
        RequireSize(second, nameof(second));
        if (first < 0 || first > second)
        {
            throw new ArgumentOutOfRangeException(nameof(first), "The first size must be between 0 and the second.");
        }
        var proof = new List<byte[]>();
        if (first > 0 && first < second)
        {
            AppendSubproof(first, 0, second, startsFromOldRoot: true, proof);
        }
        return proof;
    }

    private void AppendPath(long index, long start, long end, List<byte[]> path)
    {
        var n = end - start;
        if (n == 1)
        {
            return;
        }
        var k = MerkleHash.SplitPoint(n);
        if (index < k)
        {
            AppendPath(index, start, start + k, path);
            path.Add(SubtreeHash(start + k, end));
        }
        else
        {
            AppendPath(index - k, start + k, end, path);
            path.Add(SubtreeHash(start, start + k));
        }
    }

    private void AppendSubproof(long m, long start, long end, bool startsFromOldRoot, List<byte[]> proof)
    {
        var n = end - start;
        if (m == n)
        {
            if (!startsFromOldRoot)
            {
                proof.Add(SubtreeHash(start, end));
            }
            return;
        }
        var k = MerkleHash.SplitPoint(n);
        if (m <= k)
        {
            AppendSubproof(m, start, start + k, startsFromOldRoot, proof);
            proof.Add(SubtreeHash(start + k, end));
        }
        else
        {
            AppendSubproof(m - k, start + k, end, startsFromOldRoot: false, proof);
            proof.Add(SubtreeHash(start, start + k));
        }
    }

    /// <summary>MTH(D[start:end]) for a non-empty range, from the cache where the range is a complete aligned subtree.</summary>
    private byte[] SubtreeHash(long start, long end)
    {
        var n = end - start;
        if (long.IsPow2(n) && start % n == 0)
        {
            return _levels[(int)long.Log2(n)][checked((int)(start / n))];
        }
        var k = MerkleHash.SplitPoint(n);
        return MerkleHash.Node(SubtreeHash(start, start + k), SubtreeHash(start + k, end));
    }

    private void RequireSize(long size, string name)
    {
        if (size < 0 || size > Size)
        {
            throw new ArgumentOutOfRangeException(name, $"The tree has {Size} leaves.");
        }
    }
}
