using System.Buffers.Text;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Azora.Content.Features.Items;

/// <summary>One page of items, newest first; <see cref="NextCursor"/> asks for the page after it and is null on the last.</summary>
internal sealed record ItemPage(IReadOnlyList<ItemSummary> Items, string? NextCursor);

/// <summary>
/// <c>?limit=&amp;cursor=</c> as the caller sent them: a limit of 1 to 100 (20 when absent) and an opaque cursor, the id
/// of the last item of the previous page. Both are read as text so that a bad value is refused naming its field.
/// </summary>
internal sealed record PageRequest(int Limit, Guid? After)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static string CursorOf(Guid lastId) => Base64Url.EncodeToString(lastId.ToByteArray(bigEndian: true));

    public static bool TryRead(string? limit, string? cursor, Dictionary<string, string[]> errors, out PageRequest page)
    {
        var size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"The limit is a whole number from 1 to {MaxLimit}."];
        }
        Guid? after = null;
        if (cursor is not null)
        {
            if (TryDecode(cursor, out var id))
            {
                after = id;
            }
            else
            {
                errors["cursor"] = ["The cursor is not one this endpoint returned."];
            }
        }
        page = new PageRequest(size, after);
        return errors.Count == 0;
    }

    public static ValidationProblem Problem(Dictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors);

    private static bool TryDecode(string cursor, out Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        // TryDecodeFromChars throws on characters outside the alphabet, so the text is checked first.
        if (cursor.Length <= 24 && Base64Url.IsValid(cursor, out var length) && length == 16
            && Base64Url.TryDecodeFromChars(cursor, bytes, out var written) && written == 16)
        {
            id = new Guid(bytes, bigEndian: true);
            return true;
        }
        id = Guid.Empty;
        return false;
    }
}
