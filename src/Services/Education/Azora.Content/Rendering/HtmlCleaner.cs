using Ganss.Xss;

namespace Azora.Content.Rendering;

/// <summary>
/// The last word on what HTML reaches a learner: HtmlSanitizer's allow-list (no scripts, no event handlers, no
/// <c>javascript:</c> URLs), plus the elements and attributes a captioned video needs.
/// </summary>
internal sealed class HtmlCleaner
{
    private readonly HtmlSanitizer _sanitizer = new();

    public HtmlCleaner()
    {
        foreach (var tag in new[] { "video", "track" })
        {
            _sanitizer.AllowedTags.Add(tag);
        }
        foreach (var attribute in new[] { "controls", "preload", "kind", "srclang", "label", "default" })
        {
            _sanitizer.AllowedAttributes.Add(attribute);
        }
        _sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            _sanitizer.AllowedSchemes.Add(scheme);
        }
    }

    public string Clean(string html) => _sanitizer.Sanitize(html);
}
