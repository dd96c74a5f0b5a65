using Azora.Education.Domain;

namespace Azora.Education.Features.Catalog;

/// <summary>
/// The catalog's query string read into conditions on listed courses: every word of <c>q</c> appears in the title,
/// summary or skills (case-insensitively), and each facet filter matches exactly. Bad values are reported by field.
/// </summary>
internal sealed record CatalogFilters(
    IReadOnlyList<string> Words,
    string? Subject,
    string? Level,
    string? Language,
    bool? Free,
    string? Skill)
{
    public const string PriceFree = "free";
    public const string PricePaid = "paid";
    public const int MaxQueryLength = 200;
    public const int MaxWords = 8;

    public static CatalogFilters Read(
        string? q, string? subject, string? level, string? language, string? price, string? skill, IDictionary<string, string[]> errors)
    {
        var words = (q ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"The search text has at most {MaxQueryLength} characters."];
        }
        else if (words.Count > MaxWords)
        {
            errors["q"] = [$"The search text has at most {MaxWords} words."];
        }
        bool? free = price switch
        {
            null or "" => null,
            PriceFree => true,
            PricePaid => false,
            _ => Refuse(errors, "price", $"The price filter is {PriceFree} or {PricePaid}."),
        };
        return new CatalogFilters(
            words,
            Facet(subject, "subject", errors),
            Facet(level, "level", errors),
            Facet(language, "language", errors),
            free,
            Facet(skill, "skill", errors));
    }

    private static string? Facet(string? value, string field, IDictionary<string, string[]> errors)
    {
        var trimmed = value?.Trim();
        if (trimmed is { Length: > CatalogCourse.FacetMaxLength })
        {
            errors[field] = [$"The {field} filter has at most {CatalogCourse.FacetMaxLength} characters."];
            return null;
        }
        return trimmed is { Length: > 0 } ? trimmed : null;
    }

    private static bool? Refuse(IDictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return null;
    }
}
