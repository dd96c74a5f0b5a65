using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Catalog;

/// <summary>
/// The public catalog: listed courses matching a text search and facet filters, in title order, with the counts of
/// each facet value among all matches. Everything is counted and paged by the database over indexed columns.
/// </summary>
internal static class SearchCatalog
{
    /// <summary>How many values each facet lists at most (the most frequent).</summary>
    public const int MaxFacetValues = 50;

    public static void Map(IEndpointRouteBuilder catalog) =>
        catalog.MapGet("/", HandleAsync)
            .AllowAnonymous()
            .WithName("SearchCatalog")
            .WithSummary("Search the public course catalog by text (?q=) and facets (?subject=&level=&language=&price=free|paid&skill=), in title order, with facet counts and cursor pagination.");

    private static async Task<Results<Ok<CatalogPage>, ValidationProblem>> HandleAsync(
        string? q,
        string? subject,
        string? level,
        string? language,
        string? price,
        string? skill,
        string? limit,
        string? cursor,
        EducationDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var filters = CatalogFilters.Read(q, subject, level, language, price, skill, errors);
        var page = PageRequest.Read(limit, cursor, errors);
        var after = page.After is { } afterId
            ? await db.Courses.AsNoTracking().Where(c => c.CourseId == afterId).Select(c => new { c.SortTitle, c.CourseId }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (page.After is not null && after is null)
        {
            errors["cursor"] = ["The cursor is not one this endpoint returned."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var matches = filters.Apply(db.Courses.AsNoTracking(), db.CourseSkills);
        var pageQuery = matches;
        if (after is not null)
        {
            pageQuery = pageQuery.Where(c => c.SortTitle.CompareTo(after.SortTitle) > 0
                || (c.SortTitle == after.SortTitle && c.CourseId.CompareTo(after.CourseId) > 0));
        }
        var courses = await pageQuery
            .OrderBy(c => c.SortTitle).ThenBy(c => c.CourseId)
            .Take(page.Limit + 1)
            .Include(c => c.Skills)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var items = courses.Take(page.Limit).Select(CatalogItem.From).ToList();
        var facets = await FacetsAsync(db, matches, cancellationToken);
        var next = courses.Count > page.Limit ? PageQuery.CursorOf(items[^1].CourseId) : null;
        return TypedResults.Ok(new CatalogPage(items, facets.Price.Sum(p => p.Count), facets, next));
    }

    private static async Task<CatalogFacets> FacetsAsync(EducationDbContext db, IQueryable<CatalogCourse> matches, CancellationToken cancellationToken)
    {
        var subject = await CountAsync(matches.GroupBy(c => c.Subject), cancellationToken);
        var level = await CountAsync(matches.GroupBy(c => c.Level), cancellationToken);
        var language = await CountAsync(matches.GroupBy(c => c.Language), cancellationToken);
        var skills = await CountAsync(
            from s in db.CourseSkills
            join c in matches on s.CourseId equals c.CourseId
            group s by s.Name,
            cancellationToken);
        var prices = await matches
            .GroupBy(c => c.PriceMinor == 0)
            .Select(g => new { Free = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var price = prices
            .Select(p => new FacetCount(p.Free ? CatalogFilters.PriceFree : CatalogFilters.PricePaid, p.Count))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Value, StringComparer.Ordinal)
            .ToList();
        return new CatalogFacets(subject, level, language, price, skills);
    }

    private static async Task<List<FacetCount>> CountAsync<T>(IQueryable<IGrouping<string, T>> groups, CancellationToken cancellationToken)
    {
        var counts = await groups
            .Select(g => new { Value = g.Key, Count = g.Count() })
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value)
            .Take(MaxFacetValues)
            .ToListAsync(cancellationToken);
        return [.. counts.Select(f => new FacetCount(f.Value, f.Count))];
    }
}
