using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.Content.Features.Library;
using Azora.Content.Rendering;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Content.Features.Items;

internal sealed record CreateItemRequest(
    [Required, StringLength(ContentItem.TitleMaxLength)] string Title,
    [Required, RegularExpression("^(lesson|component)$", ErrorMessage = "The kind is lesson or component.")] string Kind,
    [StringLength(ContentVersion.MarkdownMaxLength)] string? Markdown = null,
    [MaxLength(ItemTag.MaxPerItem)] IReadOnlyList<string>? Tags = null);

/// <summary>An instructor starts a lesson or a library component; its first version is a draft only they can see.</summary>
internal static class CreateItem
{
    public static void Map(IEndpointRouteBuilder items) =>
        items.MapPost("/", HandleAsync)
            .WithName("CreateItem")
            .WithSummary("Create a lesson or a library component owned by the signed-in instructor; version 1 is a draft.")
            .WithDescription(LessonMarkdown.SyntaxGuide);

    private static async Task<Results<Created<ItemResponse>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        CreateItemRequest request,
        ClaimsPrincipal caller,
        ContentDbContext db,
        ReferenceCheck references,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var ownerId))
        {
            return TypedResults.Forbid();
        }
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return ContentProblems.Field("title", "The title must not be blank.");
        }
        var tags = ItemTag.Normalize(request.Tags ?? [], out var tagProblem);
        if (tags is null)
        {
            return ContentProblems.Field("tags", tagProblem!);
        }
        var kind = WireNames.KindOf(request.Kind)!.Value;
        var markdown = request.Markdown ?? "";
        var problems = await references.ProblemsAsync(kind, null, LessonMarkdown.Parse(markdown), cancellationToken);
        if (problems.Count > 0)
        {
            return ContentProblems.Field("markdown", [.. problems]);
        }

        var item = ContentItem.Create(ownerId, kind, request.Title, markdown, tags, clock.GetUtcNow());
        db.Items.Add(item);
        await ComponentUsages.SyncAsync(db, item, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/items/{item.Id}", ItemResponse.From(item));
    }
}
