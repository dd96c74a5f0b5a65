using System.Security.Cryptography;

namespace Azora.AuditLoggingService.Domain;

/// <summary>
/// RFC 6962 / RFC 9162 hashing with SHA-256: a leaf is hashed with the prefix 0x00 and an interior node with 0x01, so
/// that no leaf can pass for a node (a second-preimage defence).
/// </summary>
internal static class MerkleHash
{
    public const int Length = 32;

    /// <summary>The root of the empty tree: SHA-256 of no bytes.</summary>
    public static byte[] Empty { get; } = SHA256.HashData([]);

    public static byte[] Leaf(ReadOnlySpan<byte> entry)
    {
        var input = new byte[entry.Length + 1];
        input[0] = 0x00;
        entry.CopyTo(input.AsSpan(1));
        return SHA256.HashData(input);
    }

    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> input = stackalloc byte[1 + Length + Length];
        input[0] = 0x01;
        left.CopyTo(input[1..]);
        right.CopyTo(input[(1 + Length)..]);
        return SHA256.HashData(input);
    }

    /// <summary>The largest power of two strictly smaller than <paramref name="n"/> (n &gt; 1): where RFC 6962 splits a tree.</summary>
    public static long SplitPoint(long n)
    {
        var k = 1L;
        while (k << 1 < n)
        {
            k <<= 1;
        }
        return k;
    }
}
