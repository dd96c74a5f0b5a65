using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.Content.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Features.Library;

/// <summary>Keeps the "where used" rows of one item in step with the components its latest and published versions include.</summary>
internal static class ComponentUsages
{
    public static async Task SyncAsync(ContentDbContext db, ContentItem item, CancellationToken cancellationToken)
    {
        var included = LessonMarkdown.Parse(item.Latest.Markdown).Components.Select(c => c.Id)
            .Concat(item.Published is { } published ? LessonMarkdown.Parse(published.Markdown).Components.Select(c => c.Id) : [])
            .ToHashSet();
        var existing = await db.ComponentUsages.Where(u => u.ItemId == item.Id).ToListAsync(cancellationToken);
        db.ComponentUsages.RemoveRange(existing.Where(u => !included.Contains(u.ComponentId)));
        db.ComponentUsages.AddRange(included
            .Where(id => !existing.Any(u => u.ComponentId == id))
            .Select(id => ComponentUsage.Of(id, item.Id)));
    }
}
