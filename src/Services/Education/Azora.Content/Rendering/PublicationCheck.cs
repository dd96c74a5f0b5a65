using Azora.Content.Data;
using Azora.Content.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Rendering;

/// <summary>
/// What must hold before learners see a version: every image has alt text, every video has captions, and every included
/// component has a published version. Each problem is reported under its own key (<c>images[0]</c>, <c>videos[1]</c>,
/// <c>components[0]</c>, counted in document order) with a message naming the file and line.
/// </summary>
internal sealed class PublicationCheck(ContentDbContext db)
{
    public async Task<Dictionary<string, string[]>> ProblemsAsync(LessonMarkdown lesson, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var kinds = await MediaKinds.OfAsync(db, lesson.Media.Select(m => m.Hash), cancellationToken);
        var images = 0;
        var videos = 0;
        foreach (var media in lesson.Media.Where(m => m.IsEmbedded))
        {
            // Every reference was checked against the uploaded media when the version was saved; media are never deleted.
            switch (kinds.GetValueOrDefault(media.Hash, MediaKind.Captions))
            {
                case MediaKind.Image:
                    if (media.AltText.Length == 0)
                    {
                        problems[$"images[{images}]"] = [$"The image media:{media.Hash} on line {media.Line} has no alt text; write it between the brackets: ![description](media:...)."];
                    }
                    images++;
                    break;
                case MediaKind.Video:
                    if (media.CaptionsHash is null)
                    {
                        problems[$"videos[{videos}]"] = [$"The video media:{media.Hash} on line {media.Line} has no captions; add {{captions=media:<WebVTT hash>}} after it."];
                    }
                    videos++;
                    break;
            }
        }

        var ids = lesson.Components.Select(c => c.Id).Distinct().ToList();
        var published = ids.Count == 0
            ? []
            : await db.Items.AsNoTracking()
                .Where(i => ids.Contains(i.Id) && i.PublishedVersion != null)
                .Select(i => i.Id)
                .ToListAsync(cancellationToken);
        for (var index = 0; index < lesson.Components.Count; index++)
        {
            var include = lesson.Components[index];
            if (!published.Contains(include.Id))
            {
                problems[$"components[{index}]"] = [$"The library component {include.Id} on line {include.Line} has no published version yet."];
            }
        }
        return problems;
    }
}
