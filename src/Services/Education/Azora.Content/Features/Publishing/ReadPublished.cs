using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.Content.Features.Items;
using Azora.Content.Rendering;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Features.Publishing;

/// <summary>What learners read: the published version as sanitized HTML; its markdown source only for its authors.</summary>
internal sealed record PublishedContent(
    Guid ItemId,
    string Kind,
    string Title,
    IReadOnlyList<string> Tags,
    int Version,
    DateTimeOffset PublishedAt,
    string Html,
    string? Markdown);

internal static class ReadPublished
{
    public static void Map(IEndpointRouteBuilder items) =>
        items.MapGet("/{id:guid}/published", HandleAsync)
            .WithName("ReadPublished")
            .WithSummary("Read an item's published version as sanitized HTML (any signed-in user; authors also get the markdown).");

    private static async Task<Results<Ok<PublishedContent>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, ContentDbContext db, LessonRenderer renderer, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var item = await db.Items.AsNoTracking().Include(i => i.Tags).Include(i => i.CoOwners).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        var version = item is null
            ? null
            : await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.ItemId == id && v.State == VersionState.Published, cancellationToken);
        if (item is null || version is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The content item has no published version.");
        }

        var html = await renderer.RenderAsync(version.Markdown, cancellationToken);
        return TypedResults.Ok(new PublishedContent(
            item.Id,
            WireNames.Of(item.Kind),
            item.Title,
            [.. item.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)],
            version.Number,
            version.PublishedAt!.Value,
            html,
            caller.CanAuthor(callerId, item) ? version.Markdown : null));
    }
}
