using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Azora.SessionService.Domain;

/// <summary>
/// Where a page of sessions (newest first, by creation time then id) stopped: opaque to clients, stable while sessions
/// are added or ended.
/// </summary>
internal sealed record SessionCursor(long CreatedTicks, string Id)
{

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{CreatedTicks.ToString(CultureInfo.InvariantCulture)}:{Id}"));

    public static bool TryDecode(string? text, out SessionCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (text.Length > 256 || !Base64Url.IsValid(text))
        {
            return false;
        }
        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':', 2);
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || parts[1].Length == 0)
        {
            return false;
        }
        cursor = new SessionCursor(ticks, parts[1]);
        return true;
    }

    /// <summary>Whether a session sorts after this cursor (it was created earlier, or at the same tick with a smaller id).</summary>
    public bool Precedes(long createdTicks, string id) =>
        createdTicks < CreatedTicks || (createdTicks == CreatedTicks && string.CompareOrdinal(id, Id) < 0);
}
