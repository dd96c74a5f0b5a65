namespace Azora.Web.Api;

/// <summary>
/// A short label for an account the page has no name for. Ids are version 7 (time first), so the last characters,
/// which are random, tell two accounts created at the same moment apart.
/// </summary>
public static class ShortId
{
    public static string Of(Guid id) => id.ToString("N")[^8..];
}
