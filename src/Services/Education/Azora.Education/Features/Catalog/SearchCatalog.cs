using System.Security.Cryptography;
using System.Text.Json;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Azora.Education.Features.Catalog;

/// <summary>
/// The public catalog: listed courses matching a text search and facet filters, in title order, with the counts of
/// each facet value among all matches. Searches are answered from the in-memory <see cref="CatalogSnapshot"/> of the
/// read model; each distinct page is rendered once per snapshot and carries an entity tag of its bytes, so a client or
/// proxy revalidates with <c>If-None-Match</c> and gets 304, and may reuse a page for <see cref="MaxAgeSeconds"/>.
/// </summary>
internal static class SearchCatalog
{
    /// <summary>How many values each facet lists at most (the most frequent).</summary>
    public const int MaxFacetValues = 50;

    /// <summary>How long a client or shared cache may reuse a page without asking again.</summary>
    public const int MaxAgeSeconds = 5;

    private static readonly string CacheControl = $"public, max-age={MaxAgeSeconds}";

    public static void Map(IEndpointRouteBuilder catalog) =>
        catalog.MapGet("/", HandleAsync)
            .AllowAnonymous()
            .Produces<CatalogPage>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .WithName("SearchCatalog")
            .WithSummary("Search the public course catalog by text (?q=) and facets (?subject=&level=&language=&price=free|paid&skill=), in title order, with facet counts and cursor pagination.");

    private static async Task<IResult> HandleAsync(
        string? q,
        string? subject,
        string? level,
        string? language,
        string? price,
        string? skill,
        string? limit,
        string? cursor,
        HttpContext http,
        CatalogSnapshots snapshots,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var filters = CatalogFilters.Read(q, subject, level, language, price, skill, errors);
        var page = PageRequest.Read(limit, cursor, errors);
        var snapshot = await snapshots.CurrentAsync(cancellationToken);
        if (page.After is { } after && !snapshot.Knows(after))
        {
            errors["cursor"] = ["The cursor is not one this endpoint returned."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var answer = snapshot.Answer(new CatalogQuery(filters, page.Limit, page.After), found => Render(found, json.Value.SerializerOptions));
        var headers = http.Response.Headers;
        headers.ETag = answer.ETag;
        headers.CacheControl = CacheControl;
        if (IsCurrent(http.Request.Headers.IfNoneMatch, answer.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Bytes(answer.Body, "application/json; charset=utf-8");
    }

    /// <summary>The page's JSON as the endpoint writes it, and a strong entity tag of those bytes.</summary>
    private static CatalogAnswer Render(CatalogPage page, JsonSerializerOptions options)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(page, options);
        var hash = SHA256.HashData(body);
        return new CatalogAnswer(body, $"\"{Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_')}\"");
    }

    /// <summary>Whether <c>If-None-Match</c> names the current tag (weak comparison, as RFC 9110 asks for GET).</summary>
    private static bool IsCurrent(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }
        var current = EntityTagHeaderValue.Parse(etag);
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
