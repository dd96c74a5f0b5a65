using System.Buffers.Binary;

namespace Azora.AuditLoggingService.Domain;

/// <summary>
/// A tree head: the log's size and root at a moment. What the log key signs is RFC 6962's <c>TreeHeadSignature</c>
/// structure (section 3.5), 50 bytes: version <c>0x00</c> (v1), signature type <c>0x01</c> (tree_hash), the timestamp
/// in milliseconds since the Unix epoch as a big-endian uint64, the tree size as a big-endian uint64, then the 32-byte
/// SHA-256 root hash.
/// </summary>
internal sealed record TreeHead(long TreeSize, DateTimeOffset Timestamp, byte[] RootHash)
{
    public const int SignedLength = 2 + 8 + 8 + MerkleHash.Length;

    public const string SignedLayout =
        "version 0x00 || signature_type 0x01 || timestamp (uint64 big-endian, ms since Unix epoch) || tree_size (uint64 big-endian) || root_hash (32 bytes)";

    public byte[] ToSignedBytes()
    {
        if (RootHash.Length != MerkleHash.Length)
        {
            throw new InvalidOperationException("A root hash is 32 bytes.");
        }
        var bytes = new byte[SignedLength];
        bytes[0] = 0x00;
        bytes[1] = 0x01;
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(2), checked((ulong)Timestamp.ToUnixTimeMilliseconds()));
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(10), checked((ulong)TreeSize));
        RootHash.CopyTo(bytes, 18);
        return bytes;
    }
}
