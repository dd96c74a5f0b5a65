using System.Text.RegularExpressions;

namespace Azora.Content.Domain;

/// <summary>A label on an item (<c>algebra</c>, <c>grade-9</c>) used to find and filter items.</summary>
internal sealed partial class ItemTag
{
    public const int NameMaxLength = 40;
    public const int MaxPerItem = 20;

    private ItemTag()
    {
    }

    public Guid ItemId { get; private set; }
    public string Name { get; private set; } = "";

    internal static ItemTag For(Guid itemId, string normalizedName) => new() { ItemId = itemId, Name = normalizedName };

    /// <summary>
    /// Tags in their one spelling: trimmed, lower case, letters, digits and inner hyphens, 1 to 40 characters; duplicates
    /// collapse. Null with the reason when a tag is not well-formed or there are too many.
    /// </summary>
    public static IReadOnlyList<string>? Normalize(IEnumerable<string?> tags, out string? problem)
    {
        var names = new List<string>();
        foreach (var tag in tags)
        {
            var name = tag?.Trim().ToLowerInvariant() ?? "";
            if (!TagPattern().IsMatch(name))
            {
                problem = $"'{tag}' is not a tag: use 1 to {NameMaxLength} lower-case letters, digits and inner hyphens.";
                return null;
            }
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }
        if (names.Count > MaxPerItem)
        {
            problem = $"An item has at most {MaxPerItem} tags.";
            return null;
        }
        problem = null;
        return names;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
