using Azora.ServiceDefaults.Persistence;
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

/// <summary>
/// Publishing a reviewed version makes it what learners read. It is refused with 422, naming each problem, while an
/// image lacks alt text, a video lacks captions or an included component is unpublished.
/// </summary>
internal static class PublishVersion
{
    public static void Map(IEndpointRouteBuilder items) =>
        items.MapPost("/{id:guid}/versions/{number:int}/publish", HandleAsync)
            .WithName("PublishVersion")
            .WithSummary("Publish a version in review; refused (422) while an image lacks alt text or a video lacks captions.");

    private static async Task<Results<Ok<VersionSummary>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        int number,
        ClaimsPrincipal caller,
        ContentDbContext db,
        PublicationCheck check,
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
        if (item.Version(number) is not { } version)
        {
            return ContentProblems.NoVersion(number);
        }
        if (ContentItem.WhyNotPublishable(version) is { } refusal)
        {
            return ContentProblems.Conflict(refusal);
        }
        var problems = await check.ProblemsAsync(LessonMarkdown.Parse(version.Markdown), cancellationToken);
        if (problems.Count > 0)
        {
            return ContentProblems.Fields(
                StatusCodes.Status422UnprocessableEntity, "The version cannot be published until these accessibility problems are fixed.", problems);
        }

        item.Publish(version, clock.GetUtcNow());
        await ComponentUsages.SyncAsync(db, item, cancellationToken);
        return await db.TrySaveAsync(cancellationToken) ? TypedResults.Ok(VersionSummary.From(version)) : ContentProblems.ChangedMeanwhile();
    }
}
