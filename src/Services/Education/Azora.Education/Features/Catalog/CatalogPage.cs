using Azora.Education.Domain;

namespace Azora.Education.Features.Catalog;

/// <summary>
/// One page of the catalog in title order, how many courses match in all, the facet counts over every match, and the
/// cursor of the next page (null on the last).
/// </summary>
internal sealed record CatalogPage(IReadOnlyList<CatalogItem> Items, int Total, CatalogFacets Facets, string? NextCursor);

internal sealed record CatalogItem(
    Guid CourseId,
    string Title,
    string Summary,
    string Subject,
    string Level,
    string Language,
    string Price,
    long PriceMinor,
    string Currency,
    IReadOnlyList<string> Skills,
    int LessonCount,
    DateTimeOffset PublishedAt)
{
    public static CatalogItem From(CatalogCourse course) => new(
        course.CourseId, course.Title, course.Summary, course.Subject, course.Level, course.Language,
        course.IsFree ? CatalogFilters.PriceFree : CatalogFilters.PricePaid, course.PriceMinor, course.Currency,
        [.. course.Skills.Select(s => s.Name).Order(StringComparer.Ordinal)], course.LessonCount, course.PublishedAt);
}

/// <summary>For each facet, its values among the matching courses with how many courses have each, most first.</summary>
internal sealed record CatalogFacets(
    IReadOnlyList<FacetCount> Subject,
    IReadOnlyList<FacetCount> Level,
    IReadOnlyList<FacetCount> Language,
    IReadOnlyList<FacetCount> Price,
    IReadOnlyList<FacetCount> Skills);

internal sealed record FacetCount(string Value, int Count);
