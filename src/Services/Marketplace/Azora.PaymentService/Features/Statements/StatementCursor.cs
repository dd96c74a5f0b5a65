using System.Buffers.Binary;
using System.Buffers.Text;

namespace Azora.PaymentService.Features.Statements;

/// <summary>
/// A position in an account's statement: the time and id of the last line of a page. Transfer ids are the clients' own,
/// so they do not order transfers by time; the statement is ordered by (time, id) and the cursor carries both.
/// </summary>
internal readonly record struct StatementCursor(long UtcTicks, Guid TransferId)
{
    private const int Length = 24;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, UtcTicks);
        TransferId.TryWriteBytes(bytes[8..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string text, out StatementCursor cursor)
    {
        Span<byte> bytes = stackalloc byte[Length];
        if (text.Length <= 32 && Base64Url.IsValid(text) && Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == Length)
        {
            var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
            if (ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks)
            {
                cursor = new StatementCursor(ticks, new Guid(bytes[8..], bigEndian: true));
                return true;
            }
        }
        cursor = default;
        return false;
    }
}
