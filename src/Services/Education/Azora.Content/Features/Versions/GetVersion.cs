using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Rendering;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Content.Features.Versions;

/// <summary>Any version of an item the caller authors, with a rendered preview.</summary>
internal static class GetVersion
{
    public static void Map(IEndpointRouteBuilder items) =>
        items.MapGet("/{id:guid}/versions/{number:int}", HandleAsync)
            .WithName("GetVersion")
            .WithSummary("Read one version's markdown and its rendered, sanitized HTML preview.");

    private static async Task<Results<Ok<VersionResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id, int number, ClaimsPrincipal caller, ContentDbContext db, LessonRenderer renderer, CancellationToken cancellationToken)
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
        return TypedResults.Ok(VersionResponse.From(version, await renderer.RenderAsync(version.Markdown, cancellationToken)));
    }
}
