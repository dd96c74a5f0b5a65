using System.Net;
using Azora.Web.Components.Pages;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Web.Tests;

/// <summary>The catalog page's logic without a browser: what it asks azora-education, and how it shows facets and refusals.</summary>
public sealed class CatalogPageTests : BunitContext
{
    private const string Page = """
        {"items":[{"courseId":"0195a000-0000-7000-8000-000000000001","title":"Everyday science","summary":"Planets and plants.","subject":"Science","level":"beginner","language":"en","price":"free","priceMinor":0,"currency":"ZAR","skills":["science"],"lessonCount":3,"publishedAt":"2026-11-01T00:00:00Z"}],
         "total":1,
         "facets":{"subject":[{"value":"Science","count":1}],"level":[{"value":"beginner","count":1}],"language":[{"value":"en","count":1}],"price":[{"value":"free","count":1}],"skills":[{"value":"science","count":1}]},
         "nextCursor":"abc"}
        """;

    private readonly FakeGateway _gateway = new();

    public CatalogPageTests() => Services.AddSingleton(_gateway.Client());

    [Fact]
    public void A_search_with_a_facet_asks_the_catalog_for_both_and_lists_the_courses_with_their_facet_counts()
    {
        _gateway.Answer("/azora-education/api/catalog?subject=Science&q=plants", Page);

        Services.GetRequiredService<NavigationManager>().NavigateTo("/catalog?q=plants&subject=Science");

        var page = Render<Catalog>();

        Assert.Equal("1 course found", page.Find("#results-heading").TextContent);
        Assert.Equal("/courses/0195a000-0000-7000-8000-000000000001", page.Find(".card h3 a").GetAttribute("href"));
        var selected = page.Find("a[aria-current='true']");
        Assert.Contains("Science (1)", selected.TextContent, StringComparison.Ordinal);
        // Choosing the selected subject again clears it and keeps the text search.
        Assert.Equal("/catalog?q=plants", selected.GetAttribute("href"));
        Assert.Equal("/catalog?subject=Science&q=plants&cursor=abc", page.Find("a[href*='cursor=']").GetAttribute("href"));
    }

    [Fact]
    public void A_refused_search_shows_the_apis_sentence_next_to_the_search_field()
    {
        _gateway.Answer("/azora-education/api/catalog?q=" + new string('x', 201),
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"q":["The search text has at most 200 characters."]}}""",
            HttpStatusCode.BadRequest);

        Services.GetRequiredService<NavigationManager>().NavigateTo("/catalog?q=" + new string('x', 201));

        var page = Render<Catalog>();

        Assert.Equal("The search text has at most 200 characters.", page.Find("#q-error").TextContent);
        Assert.Equal("q-error", page.Find("input#q").GetAttribute("aria-describedby"));
        Assert.Empty(page.FindAll(".card"));
    }
}
