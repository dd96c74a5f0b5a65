using System.IO.Compression;

namespace Azora.Credentials.Status;

/// <summary>
/// A Bitstring Status List (W3C Bitstring Status List v1.0): index 0 is the left-most (most significant) bit of the
/// first byte; it is published GZIP-compressed, then multibase base64url without padding ('u' prefix).
/// </summary>
internal sealed class Bitstring
{
    private readonly byte[] bits;

    public Bitstring(int length)
    {
        if (length <= 0 || length % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "A status list has a positive number of whole bytes.");
        }

        bits = new byte[length / 8];
    }

    public int Length => bits.Length * 8;

    public void Set(int index) => bits[index / 8] |= (byte)(0x80 >> (index % 8));

    public bool Get(int index) => index >= 0 && index < Length && (bits[index / 8] & (0x80 >> (index % 8))) != 0;

    public string Encode()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bits);
        }

        return "u" + System.Buffers.Text.Base64Url.EncodeToString(compressed.ToArray());
    }
}
