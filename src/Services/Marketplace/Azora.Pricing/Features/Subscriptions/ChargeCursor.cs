using System.Globalization;
using Azora.ServiceDefaults.Paging;

namespace Azora.Pricing.Features.Subscriptions;

/// <summary>The cursor of a page of charges: the sequence number of the last charge shown.</summary>
internal static class ChargeCursor
{
    public static string Of(int sequence) => PageQuery.CursorOf(sequence.ToString(CultureInfo.InvariantCulture));

    /// <summary>The sequence to continue after, 0 when no cursor was sent; a forged cursor adds an error under <c>cursor</c>.</summary>
    public static int Read(string? cursor, FieldErrors errors)
    {
        var text = PageQuery.ReadTextCursor(cursor, errors);
        if (text is null)
        {
            return 0;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return sequence;
        }
        errors["cursor"] = ["The cursor is not one this endpoint returned."];
        return 0;
    }
}
