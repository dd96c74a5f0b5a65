namespace Azora.AuditLoggingService.Domain;

/// <summary>
/// Verification of inclusion and consistency proofs exactly as RFC 9162 sections 2.1.3.2 and 2.1.4.2 describe it:
/// pure functions of public values, so anyone holding a signed root can check the log without trusting it.
/// </summary>
internal static class MerkleProofs
{
    /// <summary>True when <paramref name="path"/> proves the leaf <paramref name="leafHash"/> at <paramref name="index"/> is in the tree of <paramref name="size"/> leaves whose root is <paramref name="root"/>.</summary>
    public static bool VerifyInclusion(ReadOnlySpan<byte> leafHash, long index, long size, IReadOnlyList<byte[]> path, ReadOnlySpan<byte> root)
    {
        if (index < 0 || index >= size || leafHash.Length != MerkleHash.Length || root.Length != MerkleHash.Length || !AllHashes(path))
        {
            return false;
        }
        var fn = index;
        var sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in path)
        {
            if (sn == 0)
            {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleHash.Node(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = MerkleHash.Node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && root.SequenceEqual(r);
    }

    /// <summary>True when <paramref name="proof"/> shows the tree of <paramref name="first"/> leaves (root <paramref name="firstRoot"/>) is a prefix of the tree of <paramref name="second"/> leaves (root <paramref name="secondRoot"/>).</summary>
    public static bool VerifyConsistency(long first, long second, ReadOnlySpan<byte> firstRoot, ReadOnlySpan<byte> secondRoot, IReadOnlyList<byte[]> proof)
    {
        if (first < 0 || first > second || !AllHashes(proof))
        {
            return false;
        }
        if (first == second)
        {
            return proof.Count == 0 && firstRoot.SequenceEqual(secondRoot);
        }
        if (first == 0)
        {
            // The empty tree is a prefix of every tree; there is nothing to prove.
            return proof.Count == 0;
        }
        if (proof.Count == 0 || firstRoot.Length != MerkleHash.Length || secondRoot.Length != MerkleHash.Length)
        {
            return false;
        }

        var path = long.IsPow2(first) ? [firstRoot.ToArray(), .. proof] : proof;
        var fn = first - 1;
        var sn = second - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }
        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleHash.Node(c, fr);
                sr = MerkleHash.Node(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = MerkleHash.Node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && firstRoot.SequenceEqual(fr) && secondRoot.SequenceEqual(sr);
    }

    private static bool AllHashes(IReadOnlyList<byte[]> hashes) => hashes.All(h => h.Length == MerkleHash.Length);
}
