using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Azora.ServiceDefaults.Paging;

/// <summary>
/// <c>?limit=&amp;cursor=</c> as every list endpoint reads them: a limit of 1 to 100 (20 when absent) and an opaque
/// cursor the endpoint itself handed out. Both arrive as text so that a bad value is refused naming its field.
/// </summary>
public static class PageQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>The limit asked for, or the default; a bad one adds an error under <c>limit</c>.</summary>
    public static int ReadLimit(string? text, IDictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return DefaultLimit;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"The limit is a whole number from 1 to {MaxLimit}."];
            return DefaultLimit;
        }
        return limit;
    }

    /// <summary>A cursor that is the id of the last item shown (ids are version 7, so they sort by creation).</summary>
    public static string CursorOf(Guid lastId) => Base64Url.EncodeToString(lastId.ToByteArray(bigEndian: true));

    /// <summary>The id a cursor stands for, or null when none was sent; a forged one adds an error under <c>cursor</c>.</summary>
    public static Guid? ReadIdCursor(string? text, IDictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }
        Span<byte> bytes = stackalloc byte[16];
        // TryDecodeFromChars throws on characters outside the alphabet, so the text is checked first.
        if (text.Length <= 24 && Base64Url.IsValid(text, out var length) && length == 16
            && Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == 16)
        {
            return new Guid(bytes, bigEndian: true);
        }
        errors["cursor"] = [ForgedCursor];
        return null;
    }

    /// <summary>A cursor that is the creation instant and id of the last item shown, for lists in creation order.</summary>
    public static string CursorOf(CreationPosition last)
    {
        Span<byte> bytes = stackalloc byte[CreationCursorLength];
        BinaryPrimitives.WriteInt64BigEndian(bytes, last.CreatedAt.UtcTicks);
        last.Id.TryWriteBytes(bytes[8..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The position a creation cursor stands for, or null when none was sent; a forged one adds an error under <c>cursor</c>.</summary>
    public static CreationPosition? ReadCreationCursor(string? text, IDictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }
        Span<byte> bytes = stackalloc byte[CreationCursorLength];
        if (text.Length <= 32 && Base64Url.IsValid(text, out var length) && length == CreationCursorLength
            && Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == CreationCursorLength
            && BinaryPrimitives.ReadInt64BigEndian(bytes) is var ticks && ticks >= 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks)
        {
            return new CreationPosition(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[8..], bigEndian: true));
        }
        errors["cursor"] = [ForgedCursor];
        return null;
    }

    /// <summary>A cursor carrying any short text an endpoint needs to resume (a sort key and an id, say).</summary>
    public static string CursorOf(string position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(position));

    /// <summary>The text a cursor carries, or null when none was sent; a forged one adds an error under <c>cursor</c>.</summary>
    public static string? ReadTextCursor(string? text, IDictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }
        if (text.Length <= 512 && Base64Url.IsValid(text))
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        }
        errors["cursor"] = [ForgedCursor];
        return null;
    }

    private const int CreationCursorLength = 24;

    private const string ForgedCursor = "The cursor is not one this endpoint returned.";
}

/// <summary>A page by id: how many items, and the id of the last item of the previous page.</summary>
public sealed record PageRequest(int Limit, Guid? After)
{
    /// <summary>Reads <c>?limit=&amp;cursor=</c>; bad values add errors naming their field.</summary>
    public static PageRequest Read(string? limit, string? cursor, IDictionary<string, string[]> errors) =>
        new(PageQuery.ReadLimit(limit, errors), PageQuery.ReadIdCursor(cursor, errors));
}

/// <summary>
/// Where an item sits in creation order: its creation instant, then its id for items created at the same instant. Lists
/// whose items may carry ids that do not grow with time (ids derived from an Idempotency-Key, see
/// <c>IdempotentRequest.IdFor</c>) page by this instead of by id.
/// </summary>
public readonly record struct CreationPosition(DateTimeOffset CreatedAt, Guid Id);

/// <summary>A page in creation order: how many items, and the position of the last item of the previous page.</summary>
public sealed record CreationPageRequest(int Limit, CreationPosition? After)
{
    /// <summary>Reads <c>?limit=&amp;cursor=</c>; bad values add errors naming their field.</summary>
    public static CreationPageRequest Read(string? limit, string? cursor, IDictionary<string, string[]> errors) =>
        new(PageQuery.ReadLimit(limit, errors), PageQuery.ReadCreationCursor(cursor, errors));
}
