using System.Buffers.Text;
using System.Globalization;
using Azora.AuditLoggingService.Domain;
using Azora.ServiceDefaults.Paging;

namespace Azora.AuditLoggingService.Features;

/// <summary>
/// Reads query parameters sent as text, collecting a message per bad field, so that bad input is a 400 naming the
/// field rather than a binding failure.
/// </summary>
internal sealed class QueryParameters
{
    public const int MaxLimit = PageQuery.MaxLimit;

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    public void Fail(string field, string message) => Errors[field] = [message];

    public long? Long(string field, string? text, long min = 0, bool required = false)
    {
        if (text is null)
        {
            if (required)
            {
                Fail(field, "Required.");
            }
            return null;
        }
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            Fail(field, $"A whole number of at least {min}.");
            return null;
        }
        return value;
    }

    public int Limit(string? text) => PageQuery.ReadLimit(text, Errors);

    public DateTimeOffset? Time(string field, string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            Fail(field, "An ISO 8601 date and time, e.g. 2026-01-15T09:30:00Z.");
            return null;
        }
        return time.ToUniversalTime();
    }

    public byte[]? Hash(string field, string? text)
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            var hash = Convert.FromHexString(text);
            if (hash.Length == MerkleHash.Length)
            {
                return hash;
            }
        }
        catch (FormatException)
        {
        }
        Fail(field, "A SHA-256 hash as 64 hexadecimal digits.");
        return null;
    }

    /// <summary>An opaque cursor naming a position (a leaf index or similar), as this service hands it out.</summary>
    public static string CursorOf(long position) => Base64Url.EncodeToString(BitConverter.GetBytes(position));

    public long? Cursor(string? text)
    {
        if (text is null)
        {
            return null;
        }
        Span<byte> bytes = stackalloc byte[8];
        if (text.Length <= 16 && Base64Url.IsValid(text) && Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == 8 && BitConverter.ToInt64(bytes) >= 0)
        {
            return BitConverter.ToInt64(bytes);
        }
        Fail("cursor", "The cursor is not one this endpoint returned.");
        return null;
    }

    public static string CursorOf(Guid lastId) => PageQuery.CursorOf(lastId);

    public Guid? IdCursor(string? text) => PageQuery.ReadIdCursor(text, Errors);
}
