namespace Azora.LinkedData.Canonicalization;

/// <summary>
/// Orders strings by Unicode code point, as RDFC-1.0 requires. Ordinal (UTF-16 code unit) order differs
/// only where a surrogate pair meets a character in U+E000..U+FFFF, so those code units are shifted to
/// sort above the surrogates.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static readonly CodePointComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var index = 0; index < length; index++)
        {
            if (x[index] != y[index])
            {
                return Weight(x[index]) - Weight(y[index]);
            }
        }

        return x.Length - y.Length;
    }

    private static int Weight(char character) => character switch
    {
        >= '\uE000' => character - 0x800,
        >= '\uD800' => character + 0x2000,
        _ => character,
    };
}
