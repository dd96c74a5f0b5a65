using Azora.ServiceDefaults.Persistence;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.Content.Features.Items;
using Azora.Content.Features.Library;
using Azora.Content.Rendering;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Content.Features.Versions;

internal sealed record EditDraftRequest(
    [Required(AllowEmptyStrings = true), StringLength(ContentVersion.MarkdownMaxLength)] string Markdown,
    [StringLength(ContentItem.TitleMaxLength)] string? Title = null);

/// <summary>The author saves new content: it becomes a new draft version, and a draft or review it replaces is superseded.</summary>
internal static class EditDraft
{
    public static void Map(IEndpointRouteBuilder items) =>
        items.MapPut("/{id:guid}/draft", HandleAsync)
            .WithName("EditDraft")
            .WithSummary("Save new markdown (and optionally a new title) as a new draft version.")
            .WithDescription(LessonMarkdown.SyntaxGuide);

    private static async Task<Results<Created<VersionSummary>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        EditDraftRequest request,
        ClaimsPrincipal caller,
        ContentDbContext db,
        ReferenceCheck references,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var item = await ItemAccess.FindAuthoredAsync(db, caller, callerId, id, cancellationToken);
        if (item is null)
        {
            return ContentProblems.NoItem();
        }
        if (request.Title is { } title && string.IsNullOrWhiteSpace(title))
        {
            return ContentProblems.Field("title", "The title must not be blank.");
        }
        var problems = await references.ProblemsAsync(item.Kind, item.Id, LessonMarkdown.Parse(request.Markdown), cancellationToken);
        if (problems.Count > 0)
        {
            return ContentProblems.Field("markdown", [.. problems]);
        }

        var now = clock.GetUtcNow();
        if (request.Title is not null)
        {
            item.Rename(request.Title, now);
        }
        var draft = item.Edit(request.Markdown, callerId, now);
        await ComponentUsages.SyncAsync(db, item, cancellationToken);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return ContentProblems.ChangedMeanwhile();
        }
        return TypedResults.Created($"/api/items/{item.Id}/versions/{draft.Number}", VersionSummary.From(draft));
    }
}
