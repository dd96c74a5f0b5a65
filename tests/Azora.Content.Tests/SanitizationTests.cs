using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using static Azora.Content.Tests.Authoring;

namespace Azora.Content.Tests;

/// <summary>What reaches a learner is checked as a browser would read it: parsed, element by element.</summary>
[Collection(ContentCollection.Name)]
public sealed class SanitizationTests(ContentFixture fixture)
{
    private async Task<string> PublishedHtmlAsync(string markdown)
    {
        using var author = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var id = await CreateAsync(author, markdown);
        await ReleaseAsync(author, id, 1);
        return (await PublishedAsync(learner, id)).GetProperty("html").GetString()!;
    }

    private static List<IElement> Elements(string html) => [.. new HtmlParser().ParseFragment(html, null!).SelectMany(Descendants)];

    private static IEnumerable<IElement> Descendants(INode node) =>
        node is IElement element
            ? [element, .. element.Children.SelectMany(Descendants)]
            : node.ChildNodes.SelectMany(Descendants);

    private static IEnumerable<IAttr> Attributes(string html) => Elements(html).SelectMany(e => e.Attributes);

    [Fact]
    public async Task Script_tags_in_markdown_never_reach_the_page_as_elements()
    {
        var html = await PublishedHtmlAsync("Before\n\n<script>alert('x')</script>\n\nInline <script>alert(2)</script> too.");

        Assert.DoesNotContain(Elements(html), e => e.LocalName == "script");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Before", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Javascript_links_lose_their_target()
    {
        var html = await PublishedHtmlAsync("[click me](javascript:alert(1)) and [safe](https://example.org/)\n\n![pic](javascript:alert(2))\n\n[caps](JaVaScRiPt:alert(3))");

        Assert.DoesNotContain(Attributes(html), a => a.Value.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Elements(html), e => e.LocalName == "a" && e.GetAttribute("href") == "https://example.org/");
        Assert.Contains("click me", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_handler_attributes_are_removed_whether_written_as_html_or_as_markdown_attributes()
    {
        var html = await PublishedHtmlAsync(
            "# Title {onclick=\"alert(1)\"}\n\n<img src=\"x\" onerror=\"alert(2)\">\n\n[link](https://example.org/){onmouseover=\"alert(3)\"}");

        Assert.DoesNotContain(Attributes(html), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Elements(html), e => e.LocalName == "img");
        Assert.Contains(Elements(html), e => e.LocalName == "h1");
        Assert.Contains(Elements(html), e => e.LocalName == "a" && e.GetAttribute("href") == "https://example.org/");
    }

    [Fact]
    public async Task The_author_preview_is_sanitized_too()
    {
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "<iframe src=\"https://evil.example/\"></iframe>\n\n**bold** [x](javascript:alert(1))");

        var preview = JsonDocument.Parse(await author.GetStringAsync($"/api/items/{id}/versions/1")).RootElement.GetProperty("html").GetString()!;

        Assert.DoesNotContain(Elements(preview), e => e.LocalName == "iframe");
        Assert.DoesNotContain(Attributes(preview), a => a.Value.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<strong>bold</strong>", preview, StringComparison.Ordinal);
    }
}
