using Azora.Content.Domain;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Azora.Content.Rendering;

/// <summary>
/// What a piece of markdown refers to, read from Markdig's syntax tree:
/// <list type="bullet">
/// <item>an image <c>![alt text](media:&lt;sha256&gt;)</c>;</item>
/// <item>a video <c>![title](media:&lt;sha256&gt;){captions=media:&lt;sha256&gt; srclang=en}</c>, where the first hash is an
/// uploaded MP4 or WebM and <c>captions</c> names an uploaded WebVTT file;</item>
/// <item>a library component <c>[label](component:&lt;item id&gt;)</c>, alone in its paragraph, which is replaced by the
/// component's published content.</item>
/// </list>
/// </summary>
internal sealed class LessonMarkdown
{
    public const string MediaScheme = "media:";
    public const string ComponentScheme = "component:";

    /// <summary>The reference syntax as the API document tells authors.</summary>
    public const string SyntaxGuide =
        "CommonMark without raw HTML (it is shown as text). Images: ![alt text](media:<sha256>), alt text required to publish. " +
        "Videos: ![title](media:<sha256>){captions=media:<WebVTT sha256> srclang=en}, captions required to publish. " +
        "Library components: [label](component:<item id>) alone in a top-level paragraph, replaced by the component's published content. " +
        "Upload media with POST /api/media to get its sha256.";

    /// <summary>
    /// CommonMark without raw HTML; generic attributes only so that a video can name its captions; precise source
    /// locations so that problems name the right line.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePreciseSourceLocation().DisableHtml().UseGenericAttributes().Build();

    private LessonMarkdown(MarkdownDocument document) => Document = document;

    public MarkdownDocument Document { get; }
    public List<MediaReference> Media { get; } = [];
    public List<ComponentInclude> Components { get; } = [];

    /// <summary>References written wrongly (a malformed hash, an include inside other text), in the author's terms.</summary>
    public List<string> Problems { get; } = [];

    public static LessonMarkdown Parse(string markdown)
    {
        var lesson = new LessonMarkdown(Markdown.Parse(markdown, Pipeline));
        foreach (var link in lesson.Document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (url.StartsWith(MediaScheme, StringComparison.OrdinalIgnoreCase))
            {
                lesson.ReadMedia(link, url);
            }
            else if (url.StartsWith(ComponentScheme, StringComparison.OrdinalIgnoreCase))
            {
                lesson.ReadComponent(link, url);
            }
        }
        return lesson;
    }

    public static bool TryReadMediaUrl(string? url, out string hash)
    {
        hash = url is not null && url.StartsWith(MediaScheme, StringComparison.OrdinalIgnoreCase) ? url[MediaScheme.Length..] : "";
        return MediaAsset.IsHash(hash);
    }

    private void ReadMedia(LinkInline link, string url)
    {
        var line = link.Line + 1;
        if (!TryReadMediaUrl(url, out var hash))
        {
            Problems.Add($"Line {line}: '{url}' is not a media reference; write media: and the file's 64-character SHA-256.");
            return;
        }
        var attributes = link.TryGetAttributes()?.Properties ?? [];
        var captions = attributes.FirstOrDefault(p => p.Key.Equals("captions", StringComparison.OrdinalIgnoreCase)).Value;
        var language = attributes.FirstOrDefault(p => p.Key.Equals("srclang", StringComparison.OrdinalIgnoreCase)).Value;
        string? captionsHash = null;
        if (captions is not null && !TryReadMediaUrl(captions, out captionsHash!))
        {
            Problems.Add($"Line {line}: captions '{captions}' is not a media reference; write captions=media: and the WebVTT file's SHA-256.");
            captionsHash = null;
        }
        Media.Add(new MediaReference(link, hash, link.IsImage, TextOf(link).Trim(), captionsHash, language, line));
    }

    private void ReadComponent(LinkInline link, string url)
    {
        var line = link.Line + 1;
        if (!Guid.TryParse(url[ComponentScheme.Length..], out var id))
        {
            Problems.Add($"Line {line}: '{url}' is not a component reference; write component: and the component's id.");
            return;
        }
        if (link.Parent?.ParentBlock is not ParagraphBlock paragraph || paragraph.Parent is not MarkdownDocument
            || link.Parent.Any(inline => inline != link && !IsBlank(inline)) || link.IsImage)
        {
            Problems.Add($"Line {line}: a component is included with [label](component:<id>) alone in a top-level paragraph.");
            return;
        }
        Components.Add(new ComponentInclude(id, paragraph.Span.Start, paragraph.Span.End, line));
    }

    private static bool IsBlank(Inline inline) =>
        inline is LineBreakInline || (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace());

    private static string TextOf(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
}

/// <summary>An image or video written with image syntax (or a plain link to a file) pointing at uploaded media.</summary>
internal sealed record MediaReference(
    LinkInline Link, string Hash, bool IsEmbedded, string AltText, string? CaptionsHash, string? CaptionsLanguage, int Line);

/// <summary>A library component included by id; <see cref="Start"/> to <see cref="End"/> is its paragraph in the source.</summary>
internal sealed record ComponentInclude(Guid Id, int Start, int End, int Line);
