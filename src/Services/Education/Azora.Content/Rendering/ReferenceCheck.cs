using Azora.Content.Data;
using Azora.Content.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Rendering;

/// <summary>
/// Checked whenever a version is written: every media reference names an uploaded file of a fitting kind, and every
/// included component exists, is a library component, and includes no component itself (one level keeps it simple).
/// </summary>
internal sealed class ReferenceCheck(ContentDbContext db)
{
    public async Task<List<string>> ProblemsAsync(ContentKind kind, Guid? itemId, LessonMarkdown lesson, CancellationToken cancellationToken)
    {
        var problems = new List<string>(lesson.Problems);
        var kinds = await MediaKinds.OfAsync(db, MediaKinds.NamedBy(lesson), cancellationToken);
        foreach (var media in lesson.Media)
        {
            if (!kinds.TryGetValue(media.Hash, out var mediaKind))
            {
                problems.Add($"Line {media.Line}: no uploaded media has the hash {media.Hash}.");
            }
            else if (media.IsEmbedded && mediaKind == MediaKind.Captions)
            {
                problems.Add($"Line {media.Line}: media:{media.Hash} is a captions file; name it as a video's captions instead.");
            }
            if (media.CaptionsHash is { } captions)
            {
                if (!kinds.TryGetValue(captions, out var captionsKind))
                {
                    problems.Add($"Line {media.Line}: no uploaded media has the captions hash {captions}.");
                }
                else if (captionsKind != MediaKind.Captions)
                {
                    problems.Add($"Line {media.Line}: captions media:{captions} is not a WebVTT captions file.");
                }
            }
        }

        if (lesson.Components.Count == 0)
        {
            return problems;
        }
        if (kind == ContentKind.Component)
        {
            problems.Add($"Line {lesson.Components[0].Line}: a library component cannot include another component.");
            return problems;
        }
        var ids = lesson.Components.Select(c => c.Id).Distinct().ToList();
        var found = await db.Items.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Kind, cancellationToken);
        foreach (var include in lesson.Components)
        {
            if (include.Id == itemId || !found.TryGetValue(include.Id, out var includedKind))
            {
                problems.Add($"Line {include.Line}: there is no library component {include.Id}.");
            }
            else if (includedKind != ContentKind.Component)
            {
                problems.Add($"Line {include.Line}: {include.Id} is a lesson, not a library component.");
            }
        }
        return problems;
    }
}
