using Azora.Content.Data;
using Azora.Content.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Rendering;

internal static class MediaKinds
{
    /// <summary>The kind of each uploaded file among <paramref name="hashes"/>; unknown hashes are absent.</summary>
    public static async Task<Dictionary<string, MediaKind>> OfAsync(ContentDbContext db, IEnumerable<string> hashes, CancellationToken cancellationToken)
    {
        var wanted = hashes.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }
        return await db.Media.AsNoTracking()
            .Where(m => wanted.Contains(m.Hash))
            .ToDictionaryAsync(m => m.Hash, m => m.Kind, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Every media hash a lesson names, its videos' captions included.</summary>
    public static IEnumerable<string> NamedBy(LessonMarkdown lesson) =>
        lesson.Media.Select(m => m.Hash).Concat(lesson.Media.Select(m => m.CaptionsHash).OfType<string>());
}
