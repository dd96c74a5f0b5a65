using System.Net;
using System.Text;
using Azora.Content.Data;
using Azora.Content.Domain;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Rendering;

/// <summary>
/// Markdown to the HTML a learner reads: included components replaced by their published content, media references
/// turned into <c>&lt;img&gt;</c> and captioned <c>&lt;video&gt;</c> elements pointing at the media endpoint, and the
/// result passed through <see cref="HtmlCleaner"/>.
/// </summary>
internal sealed class LessonRenderer(ContentDbContext db, HtmlCleaner cleaner, ContentOptions options)
{
    private const string UnpublishedComponent = "*This library component has no published version yet.*";

    public async Task<string> RenderAsync(string markdown, CancellationToken cancellationToken)
    {
        var source = LessonMarkdown.Parse(markdown);
        var lesson = source.Components.Count == 0
            ? source
            : LessonMarkdown.Parse(await ExpandComponentsAsync(markdown, source, cancellationToken));

        var kinds = await MediaKinds.OfAsync(db, MediaKinds.NamedBy(lesson), cancellationToken);
        foreach (var media in lesson.Media)
        {
            // Only the attributes this renderer writes reach the page.
            media.Link.SetAttributes(new HtmlAttributes());
            if (media.IsEmbedded && kinds.GetValueOrDefault(media.Hash) == MediaKind.Video)
            {
                media.Link.ReplaceBy(new HtmlInline(VideoElement(media)));
            }
            else
            {
                media.Link.Url = UrlOf(media.Hash);
            }
        }
        return cleaner.Clean(Markdown.ToHtml(lesson.Document, LessonMarkdown.Pipeline));
    }

    private async Task<string> ExpandComponentsAsync(string markdown, LessonMarkdown lesson, CancellationToken cancellationToken)
    {
        var ids = lesson.Components.Select(c => c.Id).Distinct().ToList();
        var published = await db.Versions.AsNoTracking()
            .Where(v => ids.Contains(v.ItemId) && v.State == VersionState.Published)
            .ToDictionaryAsync(v => v.ItemId, v => v.Markdown, cancellationToken);

        var expanded = new StringBuilder(markdown);
        foreach (var include in lesson.Components.OrderByDescending(c => c.Start))
        {
            var content = published.GetValueOrDefault(include.Id, UnpublishedComponent);
            expanded.Remove(include.Start, include.End - include.Start + 1);
            expanded.Insert(include.Start, $"\n\n{content}\n\n");
        }
        return expanded.ToString();
    }

    private string VideoElement(MediaReference video)
    {
        var html = new StringBuilder();
        html.Append($"<video controls preload=\"metadata\" src=\"{Encode(UrlOf(video.Hash))}\"");
        if (video.AltText.Length > 0)
        {
            html.Append($" title=\"{Encode(video.AltText)}\"");
        }
        html.Append('>');
        if (video.CaptionsHash is { } captions)
        {
            var language = string.IsNullOrWhiteSpace(video.CaptionsLanguage) ? "en" : video.CaptionsLanguage.Trim();
            html.Append($"<track kind=\"captions\" src=\"{Encode(UrlOf(captions))}\" srclang=\"{Encode(language)}\" label=\"Captions ({Encode(language)})\" default>");
        }
        html.Append("</video>");
        return html.ToString();
    }

    private string UrlOf(string hash) => options.MediaBaseUrl + hash;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
